package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSchemaRegistryTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void failsWithTheTailOfTheLogWhenTheProcessDies() throws IOException {
        // a jar whose main class has no main method: the JVM starts and dies at once
        Path runner = jarWithMainClass(tmp.resolve("broken-runner.jar"), "java.lang.Object");

        assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(0, runner, Duration.ofSeconds(50)))
                .hasMessageContaining("exited with code")
                .hasMessageContaining("last lines of the registry log")
                .hasMessageContaining("NoSuchMethodException");
    }

    @Test
    void refusesAFileThatIsNotAJar() throws IOException {
        Path notAJar = Files.writeString(tmp.resolve("not-a-runner.jar"), "not a jar");

        assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(0, notAJar, Duration.ofSeconds(5)))
                .hasMessageContaining("not-a-runner.jar");
    }

    @Test
    void runsTheMainClassUnderTheWatchdogWithThisJvmOnTheGivenPort() {
        assertThat(EmbeddedSchemaRegistry.command(Path.of("/opt/registry-runner.jar"), "app.Main",
                Path.of("/work/watchdog"), 8081))
                .startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .contains("-Dquarkus.http.port=8081")
                .containsSequence("-cp", "/work/watchdog" + java.io.File.pathSeparator + "/opt/registry-runner.jar")
                .endsWith(RegistryWatchdog.class.getName(), String.valueOf(ProcessHandle.current().pid()), "app.Main");
    }

    private static Path jarWithMainClass(Path jar, String mainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
