package io.newswire.streams;

import static io.newswire.streams.Articles.article;
import static io.newswire.streams.EnrichmentTopologyTest.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.DeadLetterHeaders;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Statement;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import io.newswire.stack.LocalStack;
import io.newswire.stack.SharedLocalStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Both applications on a real broker and registry, with the fake engine. */
class NewswireStreamsIT {

    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path stateDir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void enrichesCountsAndDeadLettersExactlyOnce() throws Exception {
        LocalStack stack = SharedLocalStack.get();
        ApicurioAvroSerdes avro = new ApicurioAvroSerdes(stack.registryUrl());
        Topics topics = new Topics(avro);
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());

        RawArticle a1 = article("a1", 1, "Ann Lee|DIRECT|One|+Acme", "Bob Ray|INDIRECT|Two|-Acme");
        RawArticle a2 = article("a2", 1, "Ann Lee|INDIRECT|Three|");
        RawArticle a1Corrected = article("a1", 2, "Ann Lee|DIRECT|One|+Acme");
        RawArticle empty = article("empty", 1, "REJECT:EMPTY");
        byte[] garbage = {0, 0, 0, 0, 42, (byte) 0xff, (byte) 0xff};
        Serde<RawArticle> rawSerde = topics.rawArticles().valueSerde();

        try (NewswireStreams streams = new NewswireStreams(props, avro, new FakeEngine())) {
            streams.start();
            await().atMost(PATIENCE).until(streams::isRunning);

            byte[] emptyBytes = rawSerde.serializer().serialize(Topics.RAW_ARTICLES, empty);
            try (KafkaProducer<String, byte[]> producer = producer(stack)) {
                for (RawArticle article : List.of(a1, a2, a1Corrected, empty)) {
                    send(producer, article.getArticleId(), rawSerde.serializer().serialize(Topics.RAW_ARTICLES, article));
                }
                send(producer, "junk", garbage);
            }

            List<ConsumerRecord<byte[], byte[]>> deadLetters = readAtLeast(stack, topics.deadLetters(), 2);
            assertThat(deadLetters).hasSize(2);
            // the corrupted record comes last: its dead letter must be committed without a next record
            Map<String, ConsumerRecord<byte[], byte[]>> byReason = new HashMap<>();
            deadLetters.forEach(letter -> byReason.put(header(letter.headers(), DeadLetterHeaders.REASON), letter));
            assertThat(byReason).containsOnlyKeys(DeadLetterHeaders.DESERIALIZATION, "EMPTY");
            assertThat(byReason.get(DeadLetterHeaders.DESERIALIZATION).value()).isEqualTo(garbage);
            assertThat(byReason.get("EMPTY").value()).isEqualTo(emptyBytes);
            assertThat(header(byReason.get("EMPTY").headers(), "__streams.errors.topic")).isEqualTo(Topics.RAW_ARTICLES);

            // a1 v1: 2 upserts; a2: 1; a1 v2: 1 tombstone + 1 upsert. Exactly these, once each.
            List<ConsumerRecord<String, Statement>> statements =
                    readAtLeast(stack, topics.statements(), 5);
            assertThat(statements).extracting(r -> r.key() + (r.value() == null ? " deleted" : ""))
                    .containsExactlyInAnyOrder("a1#0-24", "a1#25-51", "a2#0-23", "a1#25-51 deleted", "a1#0-24");
            assertThat(readAtLeast(stack, topics.enrichedArticles(), 3)).hasSize(3);

            await().atMost(PATIENCE).untilAsserted(() -> {
                Map<String, ActorStatementCount> counts = compacted(readAtLeast(stack, topics.actorCounts(), 1));
                assertThat(counts).containsOnlyKeys("person:ann-lee");
                assertThat(counts.get("person:ann-lee").getTotal()).isEqualTo(2);
                assertThat(counts.get("person:ann-lee").getByStance()).isEqualTo(Map.of("SUPPORT", 1L));
            });
        }
    }

    private static KafkaProducer<String, byte[]> producer(LocalStack stack) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, key, value)).get();
    }

    /**
     * Reads the topic from the start as a downstream service does (read_committed) until at least
     * {@code count} records came, then for a few more seconds so that duplicates would show.
     */
    private static <K, V> List<ConsumerRecord<K, V>> readAtLeast(LocalStack stack, Topic<K, V> topic, int count) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT));
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                return records.size() >= count;
            });
            long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            while (System.nanoTime() < settle) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static Map<String, ActorStatementCount> compacted(List<ConsumerRecord<String, ActorStatementCount>> records) {
        Map<String, ActorStatementCount> view = new HashMap<>();
        for (ConsumerRecord<String, ActorStatementCount> record : records) {
            if (record.value() == null) {
                view.remove(record.key());
            } else {
                view.put(record.key(), record.value());
            }
        }
        return view;
    }
}
