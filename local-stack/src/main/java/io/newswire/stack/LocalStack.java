package io.newswire.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.utils.AppInfoParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka broker and a schema registry on this machine, for the demo and integration tests:
 * {@code try (LocalStack stack = LocalStack.builder().start()) { ... stack.bootstrapServers() ... }}.
 * Tests should share one per JVM through {@link SharedLocalStack}.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final EmbeddedKafkaBroker broker;
    private final EmbeddedSchemaRegistry registry;

    private LocalStack(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry registry) {
        this.broker = broker;
        this.registry = registry;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The registry's root URL; {@code ApicurioAvroSerdes} and {@code SchemaRegistration} append their API path. */
    public String registryUrl() {
        return registry.url();
    }

    @Override
    public void close() {
        log.info("Stopping the local stack");
        try {
            registry.close();
        } finally {
            broker.close();
        }
    }

    public static final class Builder {

        private int kafkaPort;
        private int registryPort;
        private final Map<String, String> brokerConfig = new HashMap<>();
        private Duration registryStartTimeout = EmbeddedSchemaRegistry.DEFAULT_START_TIMEOUT;
        private Path registryRunnerJar;

        private Builder() {
        }

        /** The broker's client port; 0 (the default) picks a free one. */
        public Builder kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        /** The registry's HTTP port; 0 (the default) picks a free one. */
        public Builder registryPort(int port) {
            this.registryPort = port;
            return this;
        }

        /** Partitions of auto-created topics, {@value EmbeddedKafkaBroker#DEFAULT_PARTITIONS} by default. */
        public Builder partitions(int partitions) {
            return brokerConfig("num.partitions", String.valueOf(partitions));
        }

        /** Any broker property, applied over the local-stack defaults. */
        public Builder brokerConfig(String name, String value) {
            brokerConfig.put(name, value);
            return this;
        }

        public Builder registryStartTimeout(Duration timeout) {
            this.registryStartTimeout = timeout;
            return this;
        }

        /** Runs this Apicurio runner jar instead of the one {@link ApicurioDistribution} finds. */
        public Builder registryRunnerJar(Path runnerJar) {
            this.registryRunnerJar = runnerJar;
            return this;
        }

        /**
         * Starts the registry process first and the broker while it boots, since each takes a few
         * seconds and the registry runs in its own JVM.
         */
        public LocalStack start() {
            Path runnerJar = registryRunnerJar != null ? registryRunnerJar : new ApicurioDistribution().runnerJar();
            log.info("Starting a Kafka {} broker and Apicurio Registry {}", AppInfoParser.getVersion(),
                    ApicurioDistribution.version());
            long registryStart = System.nanoTime();
            CompletableFuture<EmbeddedSchemaRegistry> pendingRegistry = CompletableFuture.supplyAsync(
                    () -> EmbeddedSchemaRegistry.start(registryPort, runnerJar, registryStartTimeout),
                    task -> daemon("newswire-registry-start", task).start());
            EmbeddedKafkaBroker broker;
            try {
                long brokerStart = System.nanoTime();
                broker = EmbeddedKafkaBroker.start(kafkaPort, brokerConfig);
                log.info("Kafka broker up at {} in {}", broker.bootstrapServers(), since(brokerStart));
            } catch (RuntimeException e) {
                pendingRegistry.thenAccept(EmbeddedSchemaRegistry::close);
                throw e;
            }
            try {
                EmbeddedSchemaRegistry registry = pendingRegistry.join();
                log.info("Schema registry (Apicurio {}) up at {} in {}", ApicurioDistribution.version(),
                        registry.url(), since(registryStart));
                return new LocalStack(broker, registry);
            } catch (CompletionException e) {
                broker.close();
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }

        private static Thread daemon(String name, Runnable task) {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        }

        private static String since(long startNanos) {
            return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
        }
    }
}
