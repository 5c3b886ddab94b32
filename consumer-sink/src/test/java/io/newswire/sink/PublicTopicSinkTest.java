package io.newswire.sink;

import static io.newswire.schema.Topics.ACTOR_COUNTS;
import static io.newswire.schema.Topics.DEAD_LETTERS;
import static io.newswire.schema.Topics.ENRICHED_ARTICLES;
import static io.newswire.schema.Topics.PUBLIC_ACTOR_COUNTS;
import static io.newswire.schema.Topics.PUBLIC_ENRICHED_ARTICLES;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PublicTopicSinkTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final TopicPartition ENRICHED_0 = new TopicPartition(ENRICHED_ARTICLES, 0);
    private static final TopicPartition COUNTS_0 = new TopicPartition(ACTOR_COUNTS, 0);
    /** Confluent wire format: magic byte, 4-byte schema id, then Avro; it must pass unchanged. */
    private static final byte[] WIRE_VALUE = {0, 0, 0, 0, 42, 2, 'a', 'b'};

    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final PublicTopicSink sink = new PublicTopicSink(consumer, producer, PublicTopicSink.routes(),
            DEAD_LETTERS, Duration.ofMillis(10));
    private CompletableFuture<PublicTopicSink.Stop> running;

    @AfterEach
    void closeSink() {
        sink.close();
    }

    @Test
    void copiesKeysValuesHeadersTimestampsAndTombstonesInOneTransaction() throws Exception {
        start(Map.of());
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(ENRICHED_0, 0, "a1", WIRE_VALUE));
            consumer.addRecord(record(ENRICHED_0, 1, "a1", null));
            consumer.addRecord(record(COUNTS_0, 0, "p1", WIRE_VALUE));
        });

        await().atMost(WAIT).until(() -> producer.history().size() == 3);
        assertThat(stop()).isEqualTo(PublicTopicSink.Stop.CLOSED);

        List<ProducerRecord<byte[], byte[]>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic)
                .containsExactlyInAnyOrder(PUBLIC_ENRICHED_ARTICLES, PUBLIC_ENRICHED_ARTICLES, PUBLIC_ACTOR_COUNTS);
        assertThat(sent).extracting(r -> new String(r.key(), UTF_8)).containsExactlyInAnyOrder("a1", "a1", "p1");
        ProducerRecord<byte[], byte[]> tombstone = sent.stream().filter(r -> r.value() == null).findFirst().orElseThrow();
        assertThat(tombstone.topic()).isEqualTo(PUBLIC_ENRICHED_ARTICLES);
        assertThat(sent.stream().filter(r -> r.value() != null)).allSatisfy(r -> {
            assertThat(r.value()).containsExactly(WIRE_VALUE);
            assertThat(r.timestamp()).isEqualTo(1_700_000_000_000L);
            assertThat(r.headers().lastHeader("trace").value()).containsExactly("t-1".getBytes(UTF_8));
        });
        assertThat(producer.consumerGroupOffsetsHistory()).singleElement().satisfies(byGroup ->
                assertThat(byGroup.values()).singleElement().isEqualTo(Map.of(
                        ENRICHED_0, new OffsetAndMetadata(2, Optional.empty(), ""),
                        COUNTS_0, new OffsetAndMetadata(1, Optional.empty(), ""))));
        assertThat(producer.transactionCommitted()).isTrue();
        assertThat(producer.closed()).isTrue();
        assertThat(consumer.closed()).isTrue();
    }

    @Test
    void abortsAFailedTransactionRewindsToTheCommittedOffsetsAndCopiesEachRecordOnce() throws Exception {
        start(Map.of(ENRICHED_0, new OffsetAndMetadata(3)));
        producer.commitTransactionException = new KafkaException("broker hiccup");
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(ENRICHED_0, 3, "a3", WIRE_VALUE));
            consumer.addRecord(record(ENRICHED_0, 4, "a4", WIRE_VALUE));
            consumer.addRecord(record(COUNTS_0, 0, "p1", WIRE_VALUE));
        });

        await().atMost(WAIT).until(producer::transactionAborted);
        await().atMost(WAIT).until(() -> consumer.position(ENRICHED_0) == 3 && consumer.position(COUNTS_0) == 0);
        assertThat(producer.history()).isEmpty();

        producer.commitTransactionException = null;
        // What the broker would deliver again after the seek.
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(ENRICHED_0, 3, "a3", WIRE_VALUE));
            consumer.addRecord(record(ENRICHED_0, 4, "a4", WIRE_VALUE));
            consumer.addRecord(record(COUNTS_0, 0, "p1", WIRE_VALUE));
        });
        await().atMost(WAIT).until(producer::transactionCommitted);
        stop();

        assertThat(producer.history()).extracting(r -> new String(r.key(), UTF_8))
                .containsExactlyInAnyOrder("a3", "a4", "p1");
        assertThat(producer.consumerGroupOffsetsHistory()).singleElement().satisfies(byGroup ->
                assertThat(byGroup.values()).singleElement().satisfies(offsets -> {
                    assertThat(offsets.get(ENRICHED_0).offset()).isEqualTo(5);
                    assertThat(offsets.get(COUNTS_0).offset()).isEqualTo(1);
                }));
    }

    @Test
    void stopsCleanlyWhenFencedByAnotherInstance() throws Exception {
        start(Map.of());
        await().atMost(WAIT).until(producer::transactionInitialized);
        producer.fenceProducer();
        consumer.schedulePollTask(() -> consumer.addRecord(record(ENRICHED_0, 0, "a1", WIRE_VALUE)));

        assertThat(running.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(PublicTopicSink.Stop.FENCED);
        assertThat(producer.history()).isEmpty();
        assertThat(producer.closed()).isTrue();
        assertThat(consumer.closed()).isTrue();
    }

    @Test
    void stopsAsFencedWhenTheFenceOnlyShowsWhileAborting() throws Exception {
        start(Map.of());
        producer.commitTransactionException = new InvalidProducerEpochException("epoch bumped");
        producer.abortTransactionException = new ProducerFencedException("newer producer");
        consumer.schedulePollTask(() -> consumer.addRecord(record(ENRICHED_0, 0, "a1", WIRE_VALUE)));

        assertThat(running.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(PublicTopicSink.Stop.FENCED);
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void failsOnErrorsItCannotRecoverFromAndStillClosesTheClients() {
        start(Map.of());
        producer.commitTransactionException = new TopicAuthorizationException("no WRITE on public topics");
        consumer.schedulePollTask(() -> consumer.addRecord(record(ENRICHED_0, 0, "a1", WIRE_VALUE)));

        await().atMost(WAIT).until(running::isDone);
        assertThat(running).isCompletedExceptionally();
        assertThat(producer.transactionAborted()).isFalse();
        assertThat(producer.closed()).isTrue();
        assertThat(consumer.closed()).isTrue();
    }

    @Test
    void sendsRecordsWithoutAKeyToTheDeadLetterTopic() throws Exception {
        start(Map.of());
        consumer.schedulePollTask(() -> consumer.addRecord(record(COUNTS_0, 0, null, WIRE_VALUE)));

        await().atMost(WAIT).until(() -> producer.history().size() == 1);
        stop();

        ProducerRecord<byte[], byte[]> dead = producer.history().get(0);
        assertThat(dead.topic()).isEqualTo(DEAD_LETTERS);
        assertThat(dead.value()).containsExactly(WIRE_VALUE);
        assertThat(new String(dead.headers().lastHeader(PublicTopicSink.REASON_HEADER).value(), UTF_8))
                .contains("without a key");
        assertThat(new String(dead.headers().lastHeader(PublicTopicSink.SOURCE_HEADER).value(), UTF_8))
                .isEqualTo(ACTOR_COUNTS + "-0@0");
        assertThat(dead.headers().lastHeader("trace")).isNotNull();
    }

    @Test
    void closingASinkThatNeverRanClosesItsClientsAndCanBeRepeated() {
        sink.close();
        sink.close();

        assertThat(producer.closed()).isTrue();
        assertThat(consumer.closed()).isTrue();
    }

    private void start(Map<TopicPartition, OffsetAndMetadata> committed) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(ENRICHED_0, COUNTS_0));
            consumer.updateBeginningOffsets(Map.of(ENRICHED_0, 0L, COUNTS_0, 0L));
            consumer.commitSync(committed);
        });
        running = CompletableFuture.supplyAsync(sink::run, task -> new Thread(task, "sink-under-test").start());
    }

    private PublicTopicSink.Stop stop() throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        sink.close();
        return running.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static ConsumerRecord<byte[], byte[]> record(TopicPartition tp, long offset, String key, byte[] value) {
        Headers headers = new RecordHeaders().add("trace", "t-1".getBytes(UTF_8));
        byte[] keyBytes = key == null ? null : key.getBytes(UTF_8);
        return new ConsumerRecord<>(tp.topic(), tp.partition(), offset, 1_700_000_000_000L, TimestampType.CREATE_TIME,
                keyBytes == null ? -1 : keyBytes.length, value == null ? -1 : value.length, keyBytes, value, headers,
                Optional.empty());
    }
}
