package io.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.EntityType;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import io.newswire.stack.LocalStack;
import io.newswire.stack.SharedLocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sink against a real broker and registry shared by this JVM. Each test copies between
 * topics of its own, so tests never see each other's records.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PublicTopicSinkIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final LocalStack stack = SharedLocalStack.get();
    private final String id = UUID.randomUUID().toString();
    private final String source = "sink-it-source-" + id;
    private final String target = "sink-it-public-" + id;
    private final List<PublicTopicSink> sinks = new ArrayList<>();

    @AfterEach
    void closeSinks() {
        sinks.forEach(PublicTopicSink::close);
    }

    @Test
    void createsMissingPublicTopicsCompactedWithTheConfiguredPartitions() throws Exception {
        Properties props = config();
        props.setProperty(PublicTopicSinkConfig.TOPIC_PARTITIONS, "2");

        sinks.add(PublicTopicSink.create(props, Map.of(source, target)));

        try (Admin admin = admin()) {
            Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, target)))
                    .all().get(60, TimeUnit.SECONDS).values().iterator().next();
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            TopicDescription description = admin.describeTopics(Set.of(target)).allTopicNames()
                    .get(60, TimeUnit.SECONDS).get(target);
            assertThat(description.partitions()).hasSize(2);
        }
    }

    @Test
    void refusesToStartOnAPublicTopicWithTheDeletePolicy() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(target, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE))))
                    .all().get(60, TimeUnit.SECONDS);
        }

        assertThatThrownBy(() -> PublicTopicSink.create(config(), Map.of(source, target)))
                .isInstanceOf(TopicNotCompactedException.class)
                .hasMessageContaining(target)
                .hasMessageContaining("cleanup.policy=delete");
    }

    @Test
    void copiesCommittedRecordsExactlyOnceAcrossRestartsWithTombstonesAndWireBytesIntact() throws Exception {
        createSource();
        Topic<String, ActorStatementCount> counts = new Topics(new ApicurioAvroSerdes(stack.registryUrl())).actorCounts();
        byte[] sheinbaum = counts.valueSerde().serializer().serialize(source, count("sheinbaum", 3));
        byte[] maduro = counts.valueSerde().serializer().serialize(source, count("maduro", 1));
        try (KafkaProducer<String, byte[]> upstream = transactionalProducer()) {
            upstream.initTransactions();
            upstream.beginTransaction();
            upstream.send(new ProducerRecord<>(source, "sheinbaum", sheinbaum));
            upstream.send(new ProducerRecord<>(source, "maduro", maduro));
            upstream.send(new ProducerRecord<>(source, "maduro", null));
            upstream.commitTransaction();
            upstream.beginTransaction();
            upstream.send(new ProducerRecord<>(source, "aborted", sheinbaum));
            upstream.flush();
            upstream.abortTransaction();
        }

        PublicTopicSink first = start(config());
        List<ConsumerRecord<String, byte[]>> copied = awaitPublic(3);
        first.close();

        assertThat(copied).extracting(ConsumerRecord::key).containsExactly("sheinbaum", "maduro", "maduro");
        assertThat(copied.get(0).value()).isEqualTo(sheinbaum);
        assertThat(copied.get(1).value()).isEqualTo(maduro);
        assertThat(copied.get(2).value()).as("tombstone").isNull();
        assertThat(counts.valueSerde().deserializer().deserialize(target, copied.get(0).value()))
                .isEqualTo(count("sheinbaum", 3));

        // A restarted sink resumes after the offsets committed with its last transaction: a new
        // record is the only one it copies.
        start(config());
        long trumpOffset;
        try (KafkaProducer<String, byte[]> upstream = transactionalProducer()) {
            upstream.initTransactions();
            upstream.beginTransaction();
            trumpOffset = upstream.send(new ProducerRecord<>(source, "trump", maduro)).get(60, TimeUnit.SECONDS).offset();
            upstream.commitTransaction();
        }
        assertThat(awaitPublic(4)).extracting(ConsumerRecord::key)
                .containsExactly("sheinbaum", "maduro", "maduro", "trump");
        await().atMost(TIMEOUT).until(() -> committedOffset() > trumpOffset);
    }

    @Test
    void stopsWhenAnotherProducerWithItsTransactionalIdFencesIt() throws Exception {
        createSource();
        PublicTopicSink sink = PublicTopicSink.create(config(), Map.of(source, target));
        sinks.add(sink);
        CompletableFuture<PublicTopicSink.Stop> running = run(sink);
        try (KafkaProducer<String, byte[]> upstream = plainProducer()) {
            upstream.send(new ProducerRecord<>(source, "k1", new byte[] {1})).get(60, TimeUnit.SECONDS);
            awaitPublic(1);
            // What a second instance started with the same transactional.id does first.
            try (KafkaProducer<String, byte[]> successor = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sink-it-" + id),
                    new StringSerializer(), new ByteArraySerializer())) {
                successor.initTransactions();
            }
            upstream.send(new ProducerRecord<>(source, "k2", new byte[] {2})).get(60, TimeUnit.SECONDS);
        }

        assertThat(running.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(PublicTopicSink.Stop.FENCED);
        assertThat(awaitPublic(1)).extracting(ConsumerRecord::key).containsExactly("k1");
    }

    private void createSource() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(source, 1, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
    }

    private Properties config() {
        Properties props = new Properties();
        props.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.setProperty(ConsumerConfig.GROUP_ID_CONFIG, "sink-it-" + id);
        props.setProperty(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sink-it-" + id);
        props.setProperty(PublicTopicSinkConfig.POLL_MS, "100");
        return props;
    }

    private PublicTopicSink start(Properties props) {
        PublicTopicSink sink = PublicTopicSink.create(props, Map.of(source, target));
        sinks.add(sink);
        run(sink);
        return sink;
    }

    private static CompletableFuture<PublicTopicSink.Stop> run(PublicTopicSink sink) {
        return CompletableFuture.supplyAsync(sink::run, task -> new Thread(task, "sink-it").start());
    }

    /**
     * Reads the whole public topic as a downstream read_committed consumer does, once it holds
     * at least {@code expected} records, and checks that it holds no more.
     */
    private List<ConsumerRecord<String, byte[]>> awaitPublic(int expected) {
        List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "sink-it-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(target));
            await().atMost(TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(read::add);
                return read.size() >= expected && caughtUp(consumer);
            });
        }
        assertThat(read).hasSize(expected);
        return read;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer) {
        Set<TopicPartition> assigned = consumer.assignment();
        return !assigned.isEmpty() && consumer.endOffsets(assigned).entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private long committedOffset() throws Exception {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("sink-it-" + id)
                    .partitionsToOffsetAndMetadata().get(60, TimeUnit.SECONDS);
            OffsetAndMetadata offset = offsets.get(new TopicPartition(source, 0));
            return offset == null ? -1 : offset.offset();
        }
    }

    private KafkaProducer<String, byte[]> transactionalProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sink-it-upstream-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private KafkaProducer<String, byte[]> plainProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
    }

    private static ActorStatementCount count(String actorId, long total) {
        return ActorStatementCount.newBuilder().setActorId(actorId).setName(actorId).setType(EntityType.PERSON)
                .setTotal(total).setByKind(Map.of("DIRECT", total)).setByStance(Map.of()).build();
    }
}
