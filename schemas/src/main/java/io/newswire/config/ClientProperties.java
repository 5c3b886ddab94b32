package io.newswire.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Kafka-style configuration for every newswire service, later sources winning: a properties
 * file, then environment variables, then command-line flags. An environment variable
 * {@code NEWSWIRE_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers}: the prefix is dropped, the
 * rest lower-cased and underscores become dots, as Confluent's images do for {@code KAFKA_*}.
 * Services then add their own defaults with {@code putIfAbsent}.
 */
public final class ClientProperties {

    public static final String ENV_PREFIX = "NEWSWIRE_";
    /** The schema registry's root address, e.g. {@code http://localhost:8081}. */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    /**
     * Variables with the prefix that configure the launcher and the local stack, not the clients:
     * passing them on would only make Kafka warn about unknown configs.
     */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of(
            "NEWSWIRE_HOME", "NEWSWIRE_JAVA_OPTS", "NEWSWIRE_LOG_LEVEL", "NEWSWIRE_APICURIO_HOME");

    private ClientProperties() {
    }

    /**
     * @param file a properties file, or null for none
     * @param env the environment, usually {@code System.getenv()}
     * @param flags values given on the command line
     */
    public static Properties load(Path file, Map<String, String> env, Map<String, String> flags) {
        Properties props = new Properties();
        if (file != null) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read properties file " + file, e);
            }
        }
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()
                    && !LAUNCHER_VARIABLES.contains(name)) {
                props.setProperty(propertyName(name), value);
            }
        });
        props.putAll(flags);
        return props;
    }

    static String propertyName(String envName) {
        return envName.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
