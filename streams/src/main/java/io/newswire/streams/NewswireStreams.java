package io.newswire.streams;

import io.newswire.config.ClientProperties;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.schema.ArticleStatementIds;
import io.newswire.schema.AvroSerdes;
import io.newswire.schema.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the two Kafka Streams applications of newswire: the enricher ({@code <prefix>-enricher})
 * and the counter ({@code <prefix>-counter}), where the prefix is {@code application.id}
 * (default {@value #DEFAULT_APPLICATION_ID}). They are separate applications joined only by the
 * public statements topic, so each scales, restarts and is reset on its own: re-enriching with a
 * new engine does not touch the counter's state, and a slow engine never delays the counts.
 */
public final class NewswireStreams implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewswireStreams.class);

    public static final String DEFAULT_APPLICATION_ID = "newswire";
    public static final String ENRICHER = "enricher";
    public static final String COUNTER = "counter";
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Properties props;
    private final Map<String, KafkaStreams> apps = new LinkedHashMap<>();
    private final CompletableFuture<String> failed = new CompletableFuture<>();

    /**
     * @param props client properties (see {@link ClientProperties}); Streams defaults are added
     *     where absent
     */
    public NewswireStreams(Properties props, AvroSerdes avro, EnrichmentEngine engine) {
        this.props = props;
        Topics topics = new Topics(avro);
        add(ENRICHER, EnrichmentTopology.build(topics, avro.valueSerde(ArticleStatementIds.class), engine));
        add(COUNTER, CountTopology.build(topics));
    }

    /** The Streams configuration of one of the applications: the given properties win. */
    public static Properties streamsConfig(Properties props, String app) {
        Properties config = new Properties();
        config.putAll(props);
        config.put(StreamsConfig.APPLICATION_ID_CONFIG,
                props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG, DEFAULT_APPLICATION_ID) + "-" + app);
        config.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // -1: the broker's default.replication.factor, right for one local broker and for a cluster
        config.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, "-1");
        // Short transactions make results visible quickly to read_committed consumers in demos
        config.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200");
        config.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG,
                Path.of(System.getProperty("java.io.tmpdir"), "newswire-streams").toString());
        config.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS);
        config.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeserializationDeadLetterHandler.class.getName());
        config.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                EnrichmentDeadLetterHandler.class.getName());
        return config;
    }

    private void add(String app, Topology topology) {
        Properties config = streamsConfig(props, app);
        String applicationId = config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        LOG.info("{} topology:\n{}", applicationId, topology.describe());
        KafkaStreams streams = new KafkaStreams(topology, config);
        streams.setStateListener((newState, oldState) -> {
            LOG.info("{} state {} -> {}", applicationId, oldState, newState);
            if (newState == KafkaStreams.State.ERROR) {
                failed.complete(applicationId);
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{} stops on an unexpected error", applicationId, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        apps.put(applicationId, streams);
    }

    /** Creates the pipeline's topics that are missing, then starts both applications. */
    public void start() {
        createTopics();
        apps.values().forEach(KafkaStreams::start);
    }

    /**
     * Completes with the application id when an application has stopped on an error: the
     * process running it should stop too, so that its supervisor restarts or alerts.
     */
    public CompletableFuture<String> failed() {
        return failed;
    }

    /** True when both applications are processing. */
    public boolean isRunning() {
        return apps.values().stream().allMatch(app -> app.state() == KafkaStreams.State.RUNNING);
    }

    @Override
    public void close() {
        apps.forEach((applicationId, app) -> {
            if (!app.close(CLOSE_TIMEOUT)) {
                LOG.warn("{} did not stop within {}", applicationId, CLOSE_TIMEOUT);
            }
        });
    }

    private void createTopics() {
        Map<String, Object> adminConfig = new HashMap<>();
        props.stringPropertyNames().stream()
                .filter(AdminClientConfig.configNames()::contains)
                .forEach(name -> adminConfig.put(name, props.getProperty(name)));
        Optional<Short> replication = replicationFactor();
        List<NewTopic> wanted = Stream.of(Topics.RAW_ARTICLES, Topics.ENRICHED_ARTICLES, Topics.STATEMENTS,
                        Topics.ACTOR_COUNTS, Topics.DEAD_LETTERS)
                .map(name -> new NewTopic(name, Optional.empty(), replication)
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, Topics.cleanupPolicy(name))))
                .toList();
        try (Admin admin = Admin.create(adminConfig)) {
            admin.createTopics(wanted).values().forEach((name, created) -> {
                try {
                    created.get();
                    LOG.info("Created topic {}", name);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + name, e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while creating topic " + name, e);
                }
            });
        }
    }

    private Optional<Short> replicationFactor() {
        short factor = Short.parseShort(props.getProperty(StreamsConfig.REPLICATION_FACTOR_CONFIG, "-1"));
        return factor > 0 ? Optional.of(factor) : Optional.empty();
    }
}
