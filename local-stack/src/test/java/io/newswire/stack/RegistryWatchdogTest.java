package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RegistryWatchdogTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void stopsTheProgramWhenTheOwnerDiesWithoutWarning() throws Exception {
        Process owner = new ProcessBuilder(java(), "-cp", testClasses(), Sleeper.class.getName()).start();
        Process child = null;
        try {
            Path watchdog = EmbeddedSchemaRegistry.installWatchdog(tmp);
            child = new ProcessBuilder(java(), "-cp", watchdog + File.pathSeparator + testClasses(),
                    RegistryWatchdog.class.getName(), String.valueOf(owner.pid()), Sleeper.class.getName())
                    .redirectErrorStream(true).start();
            assertThat(child.waitFor(2, TimeUnit.SECONDS)).as("runs while the owner lives").isFalse();

            owner.destroyForcibly().waitFor();

            assertThat(child.waitFor(45, TimeUnit.SECONDS)).as("stops once the owner is gone").isTrue();
            assertThat(new String(child.getInputStream().readAllBytes())).contains("exited; stopping");
        } finally {
            owner.destroyForcibly();
            if (child != null) {
                child.destroyForcibly();
            }
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String testClasses() throws Exception {
        return Path.of(Sleeper.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** A program that runs until it is killed. */
    public static final class Sleeper {
        public static void main(String[] args) throws InterruptedException {
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        }
    }
}
