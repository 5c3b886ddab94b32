package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedSchemaRegistryTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void failsWithTheTailOfTheLogWhenTheProcessDies() throws IOException {
        Path notAJar = Files.writeString(tmp.resolve("broken-runner.jar"), "not a jar");

        assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(0, notAJar, Duration.ofSeconds(50)))
                .hasMessageContaining("exited with code")
                .hasMessageContaining("last lines of the registry log")
                .hasMessageContaining("broken-runner.jar");
    }

    @Test
    void runsTheRunnerJarWithThisJvmOnTheGivenPort() {
        assertThat(EmbeddedSchemaRegistry.command(Path.of("/opt/registry-runner.jar"), 8081))
                .startsWith(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .contains("-Dquarkus.http.port=8081")
                .endsWith("-jar", "/opt/registry-runner.jar");
    }
}
