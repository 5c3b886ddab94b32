package io.newswire.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientPropertiesTest {

    @Test
    void flagsOverrideEnvironmentWhichOverridesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\nacks=1\nclient.id=from-file\n");

        Properties props = ClientProperties.load(file,
                Map.of("NEWSWIRE_BOOTSTRAP_SERVERS", "env:9092", "NEWSWIRE_ACKS", "all", "PATH", "/bin",
                        "NEWSWIRE_HOME", "/opt/newswire"),
                Map.of("bootstrap.servers", "flag:9092"));

        assertThat(props).containsEntry("bootstrap.servers", "flag:9092")
                .containsEntry("acks", "all")
                .containsEntry("client.id", "from-file")
                .doesNotContainKey("path")
                .doesNotContainKey("home");
    }

    @Test
    void mapsEnvironmentNamesToPropertyNames() {
        assertThat(ClientProperties.propertyName("NEWSWIRE_SCHEMA_REGISTRY_URL")).isEqualTo(ClientProperties.SCHEMA_REGISTRY_URL);
    }
}
