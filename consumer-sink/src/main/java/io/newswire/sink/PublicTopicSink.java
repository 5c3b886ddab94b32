package io.newswire.sink;

import io.newswire.schema.DeadLetterHeaders;
import io.newswire.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies the streams app's results to the public compacted topics, exactly once: each poll's
 * records and the consumer's offsets are committed in one transaction. Keys, values (so the wire
 * format and schema ids), headers and timestamps pass through untouched; so do tombstones.
 * A record without a key cannot live in a compacted topic, so it goes to the dead-letter topic.
 */
public final class PublicTopicSink implements AutoCloseable {

    /** Why {@link #run()} returned. */
    public enum Stop {
        /** {@link #close()} was called. */
        CLOSED,
        /** Another instance with the same transactional id took over. */
        FENCED
    }

    private static final Logger LOG = LoggerFactory.getLogger(PublicTopicSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final Map<String, String> routes;
    private final String deadLetterTopic;
    private final Duration pollTimeout;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * @param routes public topic by source topic
     */
    public PublicTopicSink(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
            Map<String, String> routes, String deadLetterTopic, Duration pollTimeout) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.routes = Map.copyOf(routes);
        this.deadLetterTopic = Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "pollTimeout");
    }

    /** The pipeline's routes: enriched articles and actor counts to their public topics. */
    public static Map<String, String> routes() {
        return Map.of(Topics.ENRICHED_ARTICLES, Topics.PUBLIC_ENRICHED_ARTICLES,
                Topics.ACTOR_COUNTS, Topics.PUBLIC_ACTOR_COUNTS);
    }

    /**
     * Creates the public topics if missing, checks they are compacted, and connects a sink.
     *
     * @throws TopicNotCompactedException if a public topic exists with another cleanup policy
     */
    public static PublicTopicSink create(Properties props) {
        return create(props, routes());
    }

    /**
     * As {@link #create(Properties)}, copying between other topics: for tests and for pipelines
     * that publish under other names.
     *
     * @param routes public topic by source topic
     */
    public static PublicTopicSink create(Properties props, Map<String, String> routes) {
        PublicTopicSinkConfig config = new PublicTopicSinkConfig(props);
        try (Admin admin = Admin.create(config.admin())) {
            new CompactedTopics(admin, config.topicPartitions(), config.topicReplicationFactor(),
                    PublicTopicSinkConfig.ADMIN_TIMEOUT).ensure(Set.copyOf(routes.values()));
        }
        KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(config.consumer(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        KafkaProducer<byte[], byte[]> producer;
        try {
            producer = new KafkaProducer<>(config.producer(), new ByteArraySerializer(), new ByteArraySerializer());
        } catch (KafkaException e) {
            consumer.close();
            throw e;
        }
        return new PublicTopicSink(consumer, producer, routes, Topics.DEAD_LETTERS, config.pollTimeout());
    }

    /**
     * Copies records until {@link #close()} is called or the producer is fenced; closes the
     * clients before returning. Call once, on a thread of its own.
     *
     * @throws KafkaException on an error the sink cannot recover from, such as a missing ACL
     */
    public Stop run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("The sink runs only once, and not after close()");
        }
        try {
            producer.initTransactions();
            consumer.subscribe(routes.keySet());
            LOG.info("Copying {} exactly once", routes);
            while (!closing.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
                if (!records.isEmpty()) {
                    copyInTransaction(records);
                }
            }
            return Stop.CLOSED;
        } catch (WakeupException e) {
            if (!closing.get()) {
                throw e;
            }
            return Stop.CLOSED;
        } catch (ProducerFencedException e) {
            LOG.error("Stopping: another sink instance with the same transactional.id took over this one's"
                    + " transactions (producer fenced). Give each running instance its own transactional.id.", e);
            return Stop.FENCED;
        } finally {
            closeClients();
            stopped.countDown();
        }
    }

    private void copyInTransaction(ConsumerRecords<byte[], byte[]> records) {
        producer.beginTransaction();
        try {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                producer.send(publicRecord(record));
            }
            producer.sendOffsetsToTransaction(records.nextOffsets(), consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException
                | UnsupportedVersionException e) {
            // Fatal: the transaction cannot even be aborted.
            throw e;
        } catch (KafkaException e) {
            LOG.warn("Aborting a transaction of {} records and re-reading them: {}", records.count(), e.toString());
            producer.abortTransaction();
            rewindToCommitted();
        }
    }

    /** After an abort the consumer must re-read everything after the last committed offsets. */
    private void rewindToCommitted() {
        Set<TopicPartition> assigned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned);
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset != null) {
                consumer.seek(partition, offset);
            } else {
                consumer.seekToBeginning(List.of(partition));
            }
        }
    }

    ProducerRecord<byte[], byte[]> publicRecord(ConsumerRecord<byte[], byte[]> record) {
        Long timestamp = record.timestamp() >= 0 ? record.timestamp() : null;
        if (record.key() == null) {
            Headers headers = DeadLetterHeaders.addReason(new RecordHeaders(record.headers().toArray()),
                            DeadLetterHeaders.MISSING_KEY, "a record without a key cannot be published to a compacted topic")
                    .add(DeadLetterHeaders.SOURCE_TOPIC, utf8(record.topic()))
                    .add(DeadLetterHeaders.SOURCE_PARTITION, utf8(String.valueOf(record.partition())))
                    .add(DeadLetterHeaders.SOURCE_OFFSET, utf8(String.valueOf(record.offset())));
            return new ProducerRecord<>(deadLetterTopic, null, timestamp, null, record.value(), headers);
        }
        String target = routes.get(record.topic());
        if (target == null) {
            throw new IllegalStateException("No public topic for " + record.topic());
        }
        return new ProducerRecord<>(target, null, timestamp, record.key(), record.value(), record.headers());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void closeClients() {
        try {
            producer.close(CLOSE_TIMEOUT);
        } finally {
            consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        }
    }

    /** Stops {@link #run()} after the transaction in progress, and waits for it to return. */
    @Override
    public void close() {
        closing.set(true);
        if (started.compareAndSet(false, true)) {
            try {
                closeClients();
            } finally {
                stopped.countDown();
            }
            return;
        }
        consumer.wakeup();
        try {
            if (!stopped.await(CLOSE_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS)) {
                LOG.warn("The sink did not stop within {}", CLOSE_TIMEOUT.multipliedBy(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
