package io.newswire.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) running in this JVM on a
 * freshly formatted log directory that is deleted on {@link #close()}.
 *
 * <p>Every internal topic is created with one replica, because a single node cannot host more:
 * with Kafka's defaults (3 replicas) the consumer-offsets and transaction-state topics are never
 * created and Streams, transactions and consumer groups wait forever.
 *
 * <p>This is Kafka's own server, not a stand-in: like a real broker it halts the JVM on a fatal
 * metadata fault, which is right for a local stack (nothing sensible can go on after one).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /**
     * Partitions of auto-created topics. One, because every extra partition is an extra Streams
     * task (state store, changelog, restore) and slows rebalances on a small machine; tests that
     * need several partitions create their topics explicitly.
     */
    public static final int DEFAULT_PARTITIONS = 1;

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final int BIND_ATTEMPTS = 3;

    private final KafkaRaftServer server;
    private final Path logDir;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path logDir, String bootstrapServers) {
        this.server = server;
        this.logDir = logDir;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a broker and returns once it answers {@code describeCluster}.
     *
     * @param port the client port, or 0 for a free one
     * @param overrides broker properties applied over the defaults, e.g. {@code num.partitions}
     */
    public static EmbeddedKafkaBroker start(int port, Map<String, String> overrides) {
        QuietKafkaLogging.apply();
        RuntimeException lastFailure = null;
        // A free port can be taken by another process before Kafka binds it: try again then.
        int attempts = port == 0 ? BIND_ATTEMPTS : 1;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                return startOnce(FreePorts.resolve(port), FreePorts.next(), overrides);
            } catch (RuntimeException e) {
                if (!isBindFailure(e)) {
                    throw e;
                }
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    public static EmbeddedKafkaBroker start() {
        return start(0, Map.of());
    }

    private static EmbeddedKafkaBroker startOnce(int port, int controllerPort, Map<String, String> overrides) {
        Path logDir = createLogDir();
        KafkaRaftServer server = null;
        try {
            Map<String, String> props = brokerProperties(port, controllerPort, logDir);
            props.putAll(overrides);
            KafkaConfig config = new KafkaConfig(props, false);
            format(config, logDir);
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrapServers = "localhost:" + port;
            awaitReady(bootstrapServers);
            return new EmbeddedKafkaBroker(server, logDir, bootstrapServers);
        } catch (RuntimeException e) {
            stop(server);
            Directories.deleteRecursively(logDir);
            throw e;
        }
    }

    static Map<String, String> brokerProperties(int port, int controllerPort, Path logDir) {
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", String.valueOf(DEFAULT_PARTITIONS));
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The log cleaner reserves this much heap up front; the default (128 MiB) is for servers.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        return props;
    }

    private static void format(KafkaConfig config, Path logDir) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format Kafka log directory " + logDir, e);
        }
    }

    private static void awaitReady(String bootstrapServers) {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READY_TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            if (admin.describeCluster().nodes().get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).isEmpty()) {
                throw new IllegalStateException("Kafka at " + bootstrapServers + " reports no brokers");
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer describeCluster", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    private static Path createLogDir() {
        try {
            return Files.createTempDirectory("newswire-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a Kafka log directory", e);
        }
    }

    private static void stop(KafkaRaftServer server) {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        try {
            stop(server);
        } finally {
            Directories.deleteRecursively(logDir);
        }
    }
}
