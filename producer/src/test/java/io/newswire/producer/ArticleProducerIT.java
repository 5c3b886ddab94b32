package io.newswire.producer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.config.ClientProperties;
import io.newswire.schema.ApicurioAvroSerdes;
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

        List<ConsumerRecord<String, RawArticle>> read = readBack(Set.copyOf(seedIds), 8);
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
    void skipsAFileThatIsNotUtf8AndPublishesTheOthers() throws Exception {
        String good = "good-" + UUID.randomUUID();
        String bad = "bad-" + UUID.randomUUID();
        Files.writeString(dir.resolve(good + ".txt"), "Headline\n\nBody.");
        Files.write(dir.resolve(bad + ".txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});

        PublishSummary summary;
        try (ArticleProducer producer = ArticleProducer.create(config(), PublishOptions.defaults())) {
            summary = producer.publishFolder(dir);
        }

        assertThat(summary.published()).extracting(PublishSummary.Published::articleId).containsExactly(good);
        assertThat(summary.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("UTF-8"));
        assertThat(readBack(Set.of(good, bad), 1)).extracting(ConsumerRecord::key).containsExactly(good);
    }

    private Properties config() {
        return ClientProperties.load(null, Map.of(), Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ClientProperties.SCHEMA_REGISTRY_URL, stack.registryUrl()));
    }

    /**
     * Reads the raw topic from the start until {@code expected} records with these keys have
     * arrived, and fails if more arrive before the end of the topic.
     */
    private List<ConsumerRecord<String, RawArticle>> readBack(Set<String> keys, int expected) {
        Topic<String, RawArticle> raw = new Topics(new ApicurioAvroSerdes(stack.registryUrl())).rawArticles();
        List<ConsumerRecord<String, RawArticle>> read = new ArrayList<>();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "producer-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                raw.keySerde().deserializer(), raw.valueSerde().deserializer())) {
            consumer.subscribe(List.of(raw.name()));
            await().atMost(TIMEOUT).pollInterval(Duration.ZERO).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        read.add(r);
                    }
                });
                return read.size() >= expected && caughtUp(consumer);
            });
        }
        assertThat(read).hasSize(expected);
        return read;
    }

    private static boolean caughtUp(KafkaConsumer<?, ?> consumer) {
        return consumer.endOffsets(consumer.assignment()).entrySet().stream()
                .allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }
}
