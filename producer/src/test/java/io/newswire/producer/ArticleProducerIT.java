package io.newswire.producer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.config.ClientProperties;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.DeadLetterHeaders;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import io.newswire.stack.LocalStack;
import io.newswire.stack.SharedLocalStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Publishes to the real {@value Topics#RAW_ARTICLES} of a broker and registry shared by this JVM. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ArticleProducerIT {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final LocalStack stack = SharedLocalStack.get();
    private final Topics topics = new Topics(new ApicurioAvroSerdes(stack.registryUrl()));

    @TempDir
    Path dir;

    @Test
    void publishesTheSeedsAndRepublishesThemWithTheSameKeysAndHashes() throws Exception {
        PublishSummary first;
        PublishSummary second;
        try (ArticleProducer producer = ArticleProducer.create(config(), PublishOptions.defaults())) {
            first = producer.publishFolder(SEEDS);
            second = producer.publishFolder(SEEDS);
        }

        assertThat(first.skipped()).isEmpty();
        assertThat(second.skipped()).isEmpty();
        List<String> seedIds = first.published().stream().map(PublishSummary.Published::articleId).toList();
        assertThat(seedIds).hasSize(4);

        List<ConsumerRecord<String, RawArticle>> read =
                readBack(topics.rawArticles(), Set.copyOf(seedIds)::contains, 8);
        Map<String, List<RawArticle>> byKey = read.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(ConsumerRecord::value, Collectors.toList())));
        assertThat(byKey).containsOnlyKeys(seedIds);
        for (String id : seedIds) {
            byte[] onDisk = Files.readAllBytes(SEEDS.resolve(id + ".txt"));
            assertThat(byKey.get(id)).hasSize(2).allSatisfy(article -> {
                assertThat(article.getArticleId()).isEqualTo(id);
                assertThat(article.getContentHash()).isEqualTo(RawArticleMapper.contentHash(onDisk));
                assertThat(article.getBody()).isEqualTo(new String(onDisk, UTF_8));
            });
        }
        // Keyed by article id, both versions of an article sit in one partition, in publish order.
        assertThat(read).allSatisfy(r -> assertThat(r.headers().toArray()).as("Confluent wire format, no headers").isEmpty());
        for (int i = 0; i < seedIds.size(); i++) {
            assertThat(second.published().get(i).partition()).isEqualTo(first.published().get(i).partition());
            assertThat(second.published().get(i).offset()).isGreaterThan(first.published().get(i).offset());
        }
    }

    @Test
    void deadLettersABlankAndANonUtf8FileWithTheirBytesAndPublishesTheValidOne() throws Exception {
        String run = UUID.randomUUID().toString();
        String good = "a-good-" + run;
        String blank = "b-blank-" + run;
        String notUtf8 = "c-latin1-" + run;
        byte[] blankBytes = " \n\t\n".getBytes(UTF_8);
        byte[] latin1 = {'C', 'a', 'f', (byte) 0xE9};
        Files.writeString(dir.resolve(good + ".txt"), "Headline\n\nBody.");
        Files.write(dir.resolve(blank + ".txt"), blankBytes);
        Files.write(dir.resolve(notUtf8 + ".txt"), latin1);

        PublishSummary summary;
        try (ArticleProducer producer = ArticleProducer.create(config(), PublishOptions.defaults())) {
            summary = producer.publishFolder(dir);
        }

        assertThat(summary.published()).extracting(PublishSummary.Published::articleId).containsExactly(good);
        assertThat(summary.deadLettered()).extracting(PublishSummary.DeadLettered::articleId)
                .containsExactly(blank, notUtf8);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.exitCode()).isZero();
        Set<String> ids = Set.of(good, blank, notUtf8);
        assertThat(readBack(topics.rawArticles(), ids::contains, 1)).extracting(ConsumerRecord::key)
                .containsExactly(good);

        List<ConsumerRecord<byte[], byte[]>> letters =
                readBack(topics.deadLetters(), key -> key != null && ids.contains(new String(key, UTF_8)), 2);
        Map<String, ConsumerRecord<byte[], byte[]>> byKey = letters.stream()
                .collect(Collectors.toMap(r -> new String(r.key(), UTF_8), r -> r));
        assertThat(byKey).containsOnlyKeys(blank, notUtf8);
        assertThat(byKey.get(blank).value()).isEqualTo(blankBytes);
        assertThat(header(byKey.get(blank), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.EMPTY);
        assertThat(byKey.get(notUtf8).value()).isEqualTo(latin1);
        assertThat(header(byKey.get(notUtf8), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.NOT_UTF8);
        assertThat(header(byKey.get(notUtf8), DeadLetterHeaders.MESSAGE)).contains("not valid UTF-8");
        assertThat(header(byKey.get(notUtf8), DeadLetterHeaders.SOURCE_FILE))
                .isEqualTo(dir.resolve(notUtf8 + ".txt").toAbsolutePath().toString());
    }

    private Properties config() {
        return ClientProperties.load(null, Map.of(), Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ClientProperties.SCHEMA_REGISTRY_URL, stack.registryUrl()));
    }

    /**
     * Reads {@code topic} from the start until {@code expected} records with wanted keys have
     * arrived, and fails if more arrive before the end of the topic.
     */
    private <K, V> List<ConsumerRecord<K, V>> readBack(Topic<K, V> topic, Predicate<K> wanted, int expected) {
        List<ConsumerRecord<K, V>> read = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "producer-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            await().atMost(TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (wanted.test(r.key())) {
                        read.add(r);
                    }
                });
                return read.size() >= expected && caughtUp(consumer);
            });
        }
        assertThat(read).hasSize(expected);
        return read;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer) {
        return consumer.endOffsets(consumer.assignment()).entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
