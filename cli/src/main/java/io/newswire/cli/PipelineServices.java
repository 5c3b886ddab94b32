package io.newswire.cli;

import io.newswire.engine.EnrichmentEngine;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.Topics;
import io.newswire.sink.PublicTopicSink;
import io.newswire.streams.CountTopology;
import io.newswire.streams.NewswireStreams;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The long-running services of newswire, as {@code newswire run} and {@code newswire demo} run
 * them: the two Kafka Streams applications and the sink into the public topics. The sink's
 * group and transactional ids follow the applications' prefix ({@code application.id}, default
 * {@value NewswireStreams#DEFAULT_APPLICATION_ID}): {@code <prefix>-public-sink}, unless set.
 */
public final class PipelineServices implements AutoCloseable {

    /** A service that {@code newswire run --only} can pick. */
    public enum Service {
        /** The enricher and the counter. */
        STREAMS,
        /** The copy into the public compacted topics. */
        SINK
    }

    private final Properties props;
    private final NewswireStreams streams;
    private final PublicTopicSink sink;
    private final CompletableFuture<PublicTopicSink.Stop> sinkStopped = new CompletableFuture<>();

    private PipelineServices(Properties props, NewswireStreams streams, PublicTopicSink sink) {
        this.props = props;
        this.streams = streams;
        this.sink = sink;
    }

    /**
     * Creates the topics that are missing and starts the given services.
     *
     * @param props client properties with {@code bootstrap.servers} and {@code schema.registry.url}
     */
    public static PipelineServices start(Properties props, EnrichmentEngine engine, Set<Service> services) {
        NewswireStreams streams = services.contains(Service.STREAMS)
                ? new NewswireStreams(props, ApicurioAvroSerdes.fromProperties(props), engine) : null;
        PublicTopicSink sink = null;
        try {
            if (streams != null) {
                streams.start();
            }
            sink = services.contains(Service.SINK) ? PublicTopicSink.create(sinkProperties(props)) : null;
        } catch (RuntimeException e) {
            if (streams != null) {
                streams.close();
            }
            throw e;
        }
        PipelineServices started = new PipelineServices(props, streams, sink);
        if (sink != null) {
            started.runSink();
        }
        return started;
    }

    public static PipelineServices start(Properties props, EnrichmentEngine engine) {
        return start(props, engine, EnumSet.allOf(Service.class));
    }

    static Properties sinkProperties(Properties props) {
        Properties sink = new Properties();
        sink.putAll(props);
        String id = prefix(props) + "-public-sink";
        sink.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, id);
        sink.putIfAbsent(ProducerConfig.TRANSACTIONAL_ID_CONFIG, id);
        return sink;
    }

    private static String prefix(Properties props) {
        return props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG, NewswireStreams.DEFAULT_APPLICATION_ID);
    }

    private void runSink() {
        Thread thread = new Thread(() -> {
            try {
                sinkStopped.complete(sink.run());
            } catch (Throwable e) {
                sinkStopped.completeExceptionally(e);
            }
        }, "newswire-public-sink");
        thread.start();
    }

    /** True when every started service is processing. */
    public boolean isRunning() {
        return (streams == null || streams.isRunning()) && !sinkStopped.isDone();
    }

    /** Completes when the sink stops, normally only after {@link #close()}; never when it was not started. */
    public CompletableFuture<PublicTopicSink.Stop> sinkStopped() {
        return sinkStopped;
    }

    /**
     * Completes with the application id when a Streams application stops on an error; never when
     * the streams were not started.
     */
    public CompletableFuture<String> streamsFailed() {
        return streams == null ? new CompletableFuture<>() : streams.failed();
    }

    /**
     * The consumer groups of the started services with their input topics, upstream first: the
     * argument {@link ConsumerGroupProgress#behind} needs to tell that everything is processed.
     */
    public Map<String, List<String>> consumerGroups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        if (streams != null) {
            groups.put(applicationId(NewswireStreams.ENRICHER), List.of(Topics.RAW_ARTICLES));
            String counter = applicationId(NewswireStreams.COUNTER);
            groups.put(counter, List.of(Topics.STATEMENTS, counter + "-" + CountTopology.BY_SPEAKER + "-repartition"));
        }
        if (sink != null) {
            groups.put(sinkProperties(props).getProperty(ConsumerConfig.GROUP_ID_CONFIG),
                    List.copyOf(PublicTopicSink.routes().keySet()));
        }
        return groups;
    }

    private String applicationId(String app) {
        return NewswireStreams.streamsConfig(props, app).getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
    }

    /** Waits until every started service is processing. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        Polling.until(this::isRunning, timeout, "the services did not start");
    }

    @Override
    public void close() {
        try {
            if (sink != null) {
                sink.close();
            }
        } finally {
            if (streams != null) {
                streams.close();
            }
        }
    }
}
