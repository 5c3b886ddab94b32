package io.newswire.producer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.newswire.config.ClientProperties;
import io.newswire.schema.DeadLetterHeaders;
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
import org.slf4j.LoggerFactory;

class ArticleProducerTest {

    private static final Path SEEDS = Path.of("..", "seeds");
    private static final List<String> SEED_IDS = List.of("000_bd18e7633e0bf5a2", "001_fac65c1321302c87",
            "002_e08fdbcb3582a995", "003_17f309d8c28a3e47");

    private final Topics topics = new Topics(new PlainAvroSerdes());
    private final Topic<String, RawArticle> raw = topics.rawArticles();
    private final MockProducer<String, RawArticle> mock =
            new MockProducer<>(true, null, raw.keySerde().serializer(), raw.valueSerde().serializer());
    private final MockProducer<byte[], byte[]> deadLetters = deadLetterProducer(true);
    private final ArticleProducer producer = articleProducer(mock, deadLetters);

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
    void deadLettersInvalidFilesWithTheirBytesAndReasonsAndPublishesTheRest() throws Exception {
        byte[] latin1 = {'C', 'a', 'f', (byte) 0xE9};
        Files.writeString(dir.resolve("a-good.txt"), "Headline\n\nBody.");
        Path notUtf8 = Files.write(dir.resolve("b-latin1.txt"), latin1);
        Path blank = Files.writeString(dir.resolve("c-blank.txt"), " \n\n");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        PublishSummary summary = producer.publishFolder(dir);

        assertThat(mock.history()).extracting(ProducerRecord::key).containsExactly("a-good");
        assertThat(deadLetters.history()).hasSize(2).allSatisfy(letter ->
                assertThat(letter.topic()).isEqualTo(Topics.DEAD_LETTERS));
        ProducerRecord<byte[], byte[]> first = deadLetters.history().get(0);
        assertThat(new String(first.key(), UTF_8)).isEqualTo("b-latin1");
        assertThat(first.value()).isEqualTo(latin1);
        assertThat(header(first, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.NOT_UTF8);
        assertThat(header(first, DeadLetterHeaders.MESSAGE)).contains("not valid UTF-8");
        assertThat(header(first, DeadLetterHeaders.SOURCE_FILE)).isEqualTo(notUtf8.toAbsolutePath().toString());
        ProducerRecord<byte[], byte[]> second = deadLetters.history().get(1);
        assertThat(new String(second.key(), UTF_8)).isEqualTo("c-blank");
        assertThat(second.value()).isEqualTo(Files.readAllBytes(blank));
        assertThat(header(second, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.EMPTY);

        assertThat(summary.published()).hasSize(1);
        assertThat(summary.skipped()).isEmpty();
        assertThat(summary.deadLettered()).extracting(d -> d.file().getFileName().toString(),
                PublishSummary.DeadLettered::articleId, PublishSummary.DeadLettered::reason).containsExactly(
                tuple("b-latin1.txt", "b-latin1", DeadLetterHeaders.NOT_UTF8),
                tuple("c-blank.txt", "c-blank", DeadLetterHeaders.EMPTY));
        assertThat(summary.exitCode()).as("bad input is not a failure of the producer").isZero();
        assertThat(summary.describe()).startsWith("published 1, skipped 0, dead-lettered 2")
                .contains("dead-lettered " + notUtf8 + ": NOT_UTF8 (not valid UTF-8");
    }

    @Test
    void deadLettersAnUnreadableFileWithoutAValue() {
        Path missing = dir.resolve("gone.txt");

        PublishSummary summary = producer.publish(List.of(missing));

        assertThat(mock.history()).isEmpty();
        assertThat(deadLetters.history()).singleElement().satisfies(letter -> {
            assertThat(new String(letter.key(), UTF_8)).isEqualTo("gone");
            assertThat(letter.value()).isNull();
            assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.UNREADABLE);
            assertThat(header(letter, DeadLetterHeaders.MESSAGE)).contains("unreadable", "gone.txt");
        });
        assertThat(summary.deadLettered()).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo(DeadLetterHeaders.UNREADABLE));
        assertThat(summary.exitCode()).isZero();
    }

    @Test
    void logsOneWarningPerDeadLetteredFileWithItsReason() throws Exception {
        Files.writeString(dir.resolve("a-blank.txt"), "");
        Files.write(dir.resolve("b-latin1.txt"), new byte[] {(byte) 0xFF});
        Logger logger = (Logger) LoggerFactory.getLogger(ArticleProducer.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            producer.publishFolder(dir);
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(logged.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.WARN, Level.WARN);
        assertThat(logged.list).extracting(ILoggingEvent::getFormattedMessage).satisfiesExactly(
                line -> assertThat(line).contains("a-blank.txt", Topics.DEAD_LETTERS, DeadLetterHeaders.EMPTY),
                line -> assertThat(line).contains("b-latin1.txt", DeadLetterHeaders.NOT_UTF8));
    }

    @Test
    void reportsADeadLetterTheBrokerDidNotAcknowledgeAsSkipped() throws Exception {
        MockProducer<byte[], byte[]> manual = deadLetterProducer(false);
        Path blank = Files.writeString(dir.resolve("blank.txt"), "");

        PublishSummary summary = publishFailingTheFirstSend(articleProducer(mock, manual), manual, blank);

        assertThat(summary.deadLettered()).isEmpty();
        assertThat(summary.skipped()).singleElement().satisfies(s ->
                assertThat(s.reason()).contains("not acknowledged").contains("no leader"));
        assertThat(summary.exitCode()).isEqualTo(1);
    }

    @Test
    void closesBothProducers() {
        producer.close();

        assertThat(mock.closed()).isTrue();
        assertThat(deadLetters.closed()).isTrue();
    }

    @Test
    void reportsSendsTheBrokerDidNotAcknowledge() throws Exception {
        MockProducer<String, RawArticle> manual =
                new MockProducer<>(false, null, raw.keySerde().serializer(), raw.valueSerde().serializer());
        Path file = Files.writeString(dir.resolve("a.txt"), "Headline");

        PublishSummary summary = publishFailingTheFirstSend(articleProducer(manual, deadLetters), manual, file);

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
        assertThat(ArticleProducer.deadLetterConfig(props))
                .as("the same settings under a client id of its own")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "mine-dead-letters");
    }

    @Test
    void refusesToStartWithoutARegistry() {
        Properties props = new Properties();
        props.setProperty(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");

        assertThatThrownBy(() -> ArticleProducer.create(props, PublishOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ClientProperties.SCHEMA_REGISTRY_URL);
    }

    private MockProducer<byte[], byte[]> deadLetterProducer(boolean autoComplete) {
        Topic<byte[], byte[]> topic = topics.deadLetters();
        return new MockProducer<>(autoComplete, null, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private ArticleProducer articleProducer(MockProducer<String, RawArticle> articles,
            MockProducer<byte[], byte[]> letters) {
        return new ArticleProducer(articles, raw.name(), letters, Topics.DEAD_LETTERS,
                new RawArticleMapper(PublishOptions.defaults(), Clock.systemUTC()));
    }

    /** Publishes {@code file} while a broker thread fails the first send {@code manual} receives. */
    private static PublishSummary publishFailingTheFirstSend(ArticleProducer producer, MockProducer<?, ?> manual,
            Path file) throws InterruptedException {
        Thread broker = new Thread(() -> {
            await().atMost(Duration.ofSeconds(30)).until(() -> manual.history().size() == 1);
            manual.errorNext(new TimeoutException("no leader"));
        });
        broker.start();
        PublishSummary summary = producer.publish(List.of(file));
        broker.join();
        return summary;
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }
}
