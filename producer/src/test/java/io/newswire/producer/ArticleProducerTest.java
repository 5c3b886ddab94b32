package io.newswire.producer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newswire.config.ClientProperties;
import io.newswire.schema.PlainAvroSerdes;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleProducerTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final List<String> SEED_IDS = List.of("000_bd18e7633e0bf5a2", "001_fac65c1321302c87",
            "002_e08fdbcb3582a995", "003_17f309d8c28a3e47");

    private final Topic<String, RawArticle> raw = new Topics(new PlainAvroSerdes()).rawArticles();
    private final MockProducer<String, RawArticle> mock =
            new MockProducer<>(true, null, raw.keySerde().serializer(), raw.valueSerde().serializer());
    private final ArticleProducer producer = new ArticleProducer(mock, raw.name(),
            new RawArticleMapper(PublishOptions.defaults(), Clock.systemUTC()));

    @TempDir
    Path dir;

    @Test
    void publishesEverySeedInNameOrderKeyedByArticleId() throws Exception {
        PublishSummary summary = producer.publishFolder(SEEDS);

        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.exitCode()).isZero();
        assertThat(mock.history()).extracting(ProducerRecord::topic).containsOnly(Topics.RAW_ARTICLES);
        assertThat(mock.history()).extracting(ProducerRecord::key).containsExactlyElementsOf(SEED_IDS);
        for (ProducerRecord<String, RawArticle> record : mock.history()) {
            byte[] onDisk = Files.readAllBytes(SEEDS.resolve(record.key() + ".txt"));
            assertThat(record.value().getArticleId()).isEqualTo(record.key());
            assertThat(record.value().getContentHash()).isEqualTo(RawArticleMapper.contentHash(onDisk));
            assertThat(record.value().getBody()).isEqualTo(new String(onDisk, UTF_8));
            assertThat(record.value().getSource()).isEqualTo("seeds");
        }
        assertThat(summary.published()).extracting(PublishSummary.Published::articleId)
                .containsExactlyElementsOf(SEED_IDS);
    }

    @Test
    void republishingGivesTheSameKeysAndHashes() {
        producer.publishFolder(SEEDS);
        List<ProducerRecord<String, RawArticle>> first = List.copyOf(mock.history());
        mock.clear();

        producer.publishFolder(SEEDS);

        assertThat(mock.history()).extracting(ProducerRecord::key)
                .containsExactlyElementsOf(first.stream().map(ProducerRecord::key).toList());
        assertThat(mock.history()).extracting(r -> r.value().getContentHash())
                .containsExactlyElementsOf(first.stream().map(r -> r.value().getContentHash()).toList());
    }

    @Test
    void skipsInvalidFilesWithReasonsAndPublishesTheRest() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), "Headline\n\nBody.");
        Files.write(dir.resolve("b-latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
        Files.writeString(dir.resolve("c-blank.txt"), "\n\n");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        PublishSummary summary = producer.publishFolder(dir);

        assertThat(mock.history()).extracting(ProducerRecord::key).containsExactly("a-good");
        assertThat(summary.published()).hasSize(1);
        assertThat(summary.skipped()).extracting(s -> s.file().getFileName().toString())
                .containsExactly("b-latin1.txt", "c-blank.txt");
        assertThat(summary.skipped().get(0).reason()).contains("not valid UTF-8");
        assertThat(summary.exitCode()).isEqualTo(1);
        assertThat(summary.describe()).startsWith("published 1, skipped 2").contains("b-latin1.txt");
    }

    @Test
    void reportsSendsTheBrokerDidNotAcknowledge() throws Exception {
        MockProducer<String, RawArticle> manual =
                new MockProducer<>(false, null, raw.keySerde().serializer(), raw.valueSerde().serializer());
        ArticleProducer failing = new ArticleProducer(manual, raw.name(),
                new RawArticleMapper(PublishOptions.defaults(), Clock.systemUTC()));
        Path file = Files.writeString(dir.resolve("a.txt"), "Headline");
        Thread broker = new Thread(() -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> manual.history().size() == 1);
            manual.errorNext(new TimeoutException("no leader"));
        });
        broker.start();

        PublishSummary summary = failing.publish(List.of(file));
        broker.join();

        assertThat(summary.published()).isEmpty();
        assertThat(summary.skipped()).singleElement().satisfies(s ->
                assertThat(s.reason()).contains("not acknowledged").contains("no leader"));
    }

    @Test
    void reportsSendsThatFailImmediately() throws Exception {
        mock.sendException = new TimeoutException("metadata not available");
        Path file = Files.writeString(dir.resolve("a.txt"), "Headline");

        PublishSummary summary = producer.publish(List.of(file));

        assertThat(summary.published()).isEmpty();
        assertThat(summary.skipped()).singleElement().satisfies(s ->
                assertThat(s.reason()).contains("not sent").contains("metadata not available"));
    }

    @Test
    void publishesFilesDroppedIntoAWatchedFolder() throws Exception {
        Path drop = Files.createDirectory(dir.resolve("drop"));
        Files.writeString(drop.resolve("already-there.txt"), "Old news");
        List<PublishSummary> summaries = new CopyOnWriteArrayList<>();

        try (DropFolderWatcher watcher = producer.watch(drop, summaries::add)) {
            Path staged = Files.writeString(dir.resolve("fresh.txt"), "Fresh news\n\nBody.");
            Files.move(staged, drop.resolve("fresh.txt"), StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(drop.resolve("ignored.tmp"), "partial");

            await().atMost(Duration.ofSeconds(30))
                    .until(() -> summaries.stream().mapToInt(s -> s.published().size()).sum() == 1);
        }

        assertThat(mock.history()).extracting(ProducerRecord::key).containsExactly("fresh");
    }

    @Test
    void defaultsToIdempotentProductionWithAcksAllButKeepsExplicitSettings() {
        Properties given = new Properties();
        given.setProperty(ProducerConfig.CLIENT_ID_CONFIG, "mine");

        Properties props = ArticleProducer.withDefaults(given);

        assertThat(props).containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "mine");
    }

    @Test
    void refusesToStartWithoutARegistry() {
        Properties props = new Properties();
        props.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");

        assertThatThrownBy(() -> ArticleProducer.create(props, PublishOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ClientProperties.SCHEMA_REGISTRY_URL);
    }
}
