package io.newswire.cli;

import io.newswire.schema.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Reads a topic from its beginning to its current end, as a downstream service that rebuilds its
 * view of a compacted topic does: every partition assigned (no consumer group, nothing
 * committed), {@code read_committed}, until the position reaches the end offset each partition had
 * when reading began.
 */
public final class CompactedTopicReader {

    private final Map<String, Object> clientConfig;
    private final Duration timeout;

    /**
     * @param clientConfig Kafka client properties, at least {@code bootstrap.servers}; group and
     *     isolation settings are the reader's own
     * @param timeout how long one read may take before it fails
     */
    public CompactedTopicReader(Map<?, ?> clientConfig, Duration timeout) {
        this.clientConfig = readerConfig(clientConfig);
        this.timeout = timeout;
    }

    /**
     * Client properties (a {@link java.util.Properties} will do) for a consumer that only reads
     * committed records and leaves no trace: no group, no commits, no topic created.
     */
    static Map<String, Object> readerConfig(Map<?, ?> clientConfig) {
        Map<String, Object> config = new HashMap<>();
        clientConfig.forEach((name, value) -> config.put(name.toString(), value));
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Asking for a missing topic must not create it: the sink refuses a public topic that is not compacted.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return config;
    }

    /** The latest value of every key; a tombstone removes its key. In log order within a partition. */
    public <K, V> Map<K, V> latestValues(Topic<K, V> topic) {
        Map<K, V> latest = new LinkedHashMap<>();
        for (ConsumerRecord<K, V> record : records(topic)) {
            if (record.value() == null) {
                latest.remove(record.key());
            } else {
                latest.put(record.key(), record.value());
            }
        }
        return latest;
    }

    /**
     * Every committed record now in the topic, tombstones included, partition after partition.
     *
     * @throws IllegalStateException if the topic does not exist
     * @throws TimeoutException if the end is not reached in time
     */
    public <K, V> List<ConsumerRecord<K, V>> records(Topic<K, V> topic) {
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(clientConfig,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            Set<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .collect(Collectors.toSet());
            if (partitions.isEmpty()) {
                throw new IllegalStateException("Topic " + topic.name() + " does not exist (is the pipeline running?)");
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<K, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("Could not read " + topic.name() + " to its end offsets " + end
                            + " within " + timeout);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            records.sort((a, b) -> a.partition() != b.partition()
                    ? Integer.compare(a.partition(), b.partition()) : Long.compare(a.offset(), b.offset()));
            return records;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
