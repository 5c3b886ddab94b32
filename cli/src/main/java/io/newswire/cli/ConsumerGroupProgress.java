package io.newswire.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether consumer groups have processed everything committed to their input topics: the proof
 * that a pipeline has settled, rather than a guess that it had enough time.
 *
 * <p>A group is caught up on a partition when no committed record lies between its committed
 * offset and the partition's last stable offset. Comparing the two offsets alone is not enough:
 * in topics written by transactions the commit markers take offsets too, and a transactional
 * consumer may commit the offset just before the last marker, which it never has to read.
 */
public final class ConsumerGroupProgress implements AutoCloseable {

    private static final Duration PROBE = Duration.ofSeconds(10);

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> probe;

    /** @param clientConfig Kafka client properties, at least {@code bootstrap.servers} */
    public ConsumerGroupProgress(Map<?, ?> clientConfig) {
        Map<String, Object> config = CompactedTopicReader.readerConfig(clientConfig);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
        this.admin = Admin.create(config);
        this.probe = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * The groups that still have records to process, each with where it is behind; empty when
     * every group is caught up. Check upstream groups first: a group checked after its upstream
     * one then sees all that the upstream one wrote.
     *
     * @param topicsByGroup the input topics of each group; a topic that does not exist yet makes
     *     its group count as behind
     */
    public List<String> behind(Map<String, List<String>> topicsByGroup) throws InterruptedException {
        List<String> behind = new ArrayList<>();
        for (Map.Entry<String, List<String>> group : topicsByGroup.entrySet()) {
            String lag = lag(group.getKey(), group.getValue());
            if (lag != null) {
                behind.add(group.getKey() + " " + lag);
            }
        }
        return behind;
    }

    /** Null when caught up, else where the group is behind. */
    private String lag(String group, List<String> topics) throws InterruptedException {
        Map<String, TopicDescription> described;
        try {
            described = admin.describeTopics(topics).allTopicNames().get();
        } catch (ExecutionException e) {
            return "cannot describe " + topics + ": " + e.getCause().getMessage();
        }
        List<TopicPartition> partitions = described.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
        Map<TopicPartition, OffsetAndMetadata> committed;
        Map<TopicPartition, ListOffsetsResultInfo> ends;
        try {
            committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())),
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        } catch (ExecutionException e) {
            return "offsets unavailable: " + e.getCause().getMessage();
        }
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long end = ends.get(partition).offset();
            if ((offset == null || offset.offset() < end) && hasRecordsBefore(partition, offset, end)) {
                return "at " + partition + " offset " + (offset == null ? "none" : offset.offset()) + " of " + end;
            }
        }
        return null;
    }

    /** Whether a committed record lies between {@code from} (the beginning when null) and {@code end}. */
    private boolean hasRecordsBefore(TopicPartition partition, OffsetAndMetadata from, long end) {
        probe.assign(List.of(partition));
        if (from == null) {
            probe.seekToBeginning(List.of(partition));
        } else {
            probe.seek(partition, from.offset());
        }
        long deadline = System.nanoTime() + PROBE.toNanos();
        while (probe.position(partition) < end) {
            for (ConsumerRecord<byte[], byte[]> record : probe.poll(Duration.ofMillis(100))) {
                if (record.offset() < end) {
                    return true;
                }
            }
            if (System.nanoTime() > deadline) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        probe.close();
        admin.close();
    }
}
