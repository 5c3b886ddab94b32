package io.newswire.cli;

import io.newswire.config.ClientProperties;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/**
 * How a command reaches an existing cluster, as Kafka's own tools take it: a properties file,
 * {@code NEWSWIRE_*} environment variables, then these flags, later ones winning (see
 * {@link ClientProperties}).
 */
final class ConnectionOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
            description = "Kafka brokers to connect to (bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--schema-registry", paramLabel = "URL",
            description = "The schema registry's root URL, e.g. http://localhost:8080 (schema.registry.url).")
    String schemaRegistry;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Client properties file; NEWSWIRE_* environment variables and the flags override it.")
    Path config;

    /** The merged properties; bootstrap.servers and schema.registry.url must be set by one of the sources. */
    Properties properties() {
        Map<String, String> flags = new HashMap<>();
        if (bootstrapServers != null) {
            flags.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        if (schemaRegistry != null) {
            flags.put(ClientProperties.SCHEMA_REGISTRY_URL, schemaRegistry);
        }
        Properties props = ClientProperties.load(config, System.getenv(), flags);
        require(props, CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "--bootstrap-server");
        require(props, ClientProperties.SCHEMA_REGISTRY_URL, "--schema-registry");
        return props;
    }

    private static void require(Properties props, String name, String flag) {
        String value = props.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set: give " + flag + ", set it in --config or set "
                    + ClientProperties.ENV_PREFIX + name.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
    }
}
