package io.newswire.streams;

import static io.newswire.streams.Articles.article;
import static io.newswire.streams.Articles.retracted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.schema.ActorRef;
import io.newswire.schema.ArticleStatementIds;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.EntityType;
import io.newswire.schema.PlainAvroSerdes;
import io.newswire.schema.PublicationStatus;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Statement;
import io.newswire.schema.StatementKind;
import io.newswire.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichmentTopologyTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final PlainAvroSerdes avro = new PlainAvroSerdes();
    private final Topics topics = new Topics(avro);
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, Statement> statements;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @TempDir
    Path stateDir;

    @BeforeEach
    void startDriver() {
        driver = Drivers.enricher(avro, Drivers.config(stateDir, NewswireStreams.ENRICHER));
        raw = Drivers.input(driver, topics.rawArticles());
        enriched = Drivers.output(driver, topics.enrichedArticles());
        statements = Drivers.output(driver, topics.statements());
        deadLetters = Drivers.output(driver, topics.deadLetters());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void enrichesAnArticleAtTheRecordTimestamp() {
        raw.pipeInput("a1", article("a1", 2, "Ann Lee|DIRECT|We will win|+Acme,-Globex"), T0);

        TestRecord<String, EnrichedArticle> record = enriched.readRecord();
        EnrichedArticle article = record.value();
        assertThat(record.key()).isEqualTo("a1");
        assertThat(article.getVersion()).isEqualTo(2);
        assertThat(article.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(article.getHeadline()).isEqualTo("Headline of a1");
        assertThat(article.getExtractorVersion()).isEqualTo(FakeEngine.VERSION);
        assertThat(article.getEnrichedAt()).isEqualTo(T0);
        assertThat(article.getEntities()).extracting(e -> e.getActor().getActorId())
                .containsExactly("person:ann-lee", "org:acme", "org:globex");
        assertThat(article.getStatements()).singleElement().satisfies(s -> {
            assertThat(s.getSpeaker().getName()).isEqualTo("Ann Lee");
            assertThat(s.getText()).isEqualTo("We will win");
        });
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void emitsEachStatementKeyedByItsId() {
        raw.pipeInput("a1", article("a1", 1, "Ann Lee|DIRECT|One|", "-|INDIRECT|Two|"), T0);

        assertThat(statements.readKeyValuesToList()).extracting(kv -> kv.key, kv -> kv.value.getText())
                .containsExactly(tuple("a1#0-19", "One"),
                        tuple("a1#20-35", "Two"));
    }

    @Test
    void aNewVersionTombstonesTheStatementsItNoLongerHas() {
        raw.pipeInput("a1", article("a1", 1, "Ann Lee|DIRECT|One|", "Bob Ray|DIRECT|Two|"), T0);
        statements.readKeyValuesToList();

        raw.pipeInput("a1", article("a1", 2, "Ann Lee|DIRECT|One|"), T0.plusSeconds(1));

        assertThat(statements.readKeyValuesToList()).containsExactly(
                KeyValue.pair("a1#20-39", null),
                KeyValue.pair("a1#0-19", statement("a1#0-19")));
    }

    @Test
    void republishingTheSameVersionEmitsTheSameStatementsAgain() {
        RawArticle article = article("a1", 1, "Ann Lee|DIRECT|One|");
        raw.pipeInput("a1", article, T0);
        List<KeyValue<String, Statement>> first = statements.readKeyValuesToList();

        raw.pipeInput("a1", article, T0);

        assertThat(statements.readKeyValuesToList()).isEqualTo(first);
        assertThat(enriched.readValuesToList()).hasSize(2).allSatisfy(a -> assertThat(a.getVersion()).isEqualTo(1));
    }

    @Test
    void aRetractionTombstonesEveryStatementAndEnrichesNothing() {
        raw.pipeInput("a1", article("a1", 1, "Ann Lee|DIRECT|One|", "Bob Ray|DIRECT|Two|"), T0);
        statements.readKeyValuesToList();
        enriched.readValuesToList();

        raw.pipeInput("a1", retracted("a1", 2), T0.plusSeconds(1));

        assertThat(statements.readKeyValuesToList()).containsExactly(
                KeyValue.pair("a1#0-19", null), KeyValue.pair("a1#20-39", null));
        EnrichedArticle article = enriched.readValue();
        assertThat(article.getStatus()).isEqualTo(PublicationStatus.RETRACTED);
        assertThat(article.getStatements()).isEmpty();
        assertThat(article.getEntities()).isEmpty();
    }

    @Test
    void anOlderVersionThanTheProcessedOneIsIgnored() {
        raw.pipeInput("a1", article("a1", 3, "Ann Lee|DIRECT|One|"), T0);
        statements.readKeyValuesToList();
        enriched.readValuesToList();

        raw.pipeInput("a1", article("a1", 2, "Bob Ray|DIRECT|Old|"), T0.plusSeconds(1));
        raw.pipeInput("a1", retracted("a1", 1), T0.plusSeconds(2));

        assertThat(statements.isEmpty()).isTrue();
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aRejectedArticleIsDeadLetteredWithItsReasonAndTheNextOneIsProcessed() {
        RawArticle rejected = article("bad", 1, "REJECT:TOO_LARGE");
        raw.pipeInput("bad", rejected, T0);
        raw.pipeInput("a1", article("a1", 1, "Ann Lee|DIRECT|One|"), T0);

        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(letter.key()).isEqualTo("bad".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.value()).isEqualTo(topics.rawArticles().valueSerde().serializer().serialize("t", rejected));
        assertThat(header(letter.headers(), DeadLetterHeaders.REASON)).isEqualTo("TOO_LARGE");
        assertThat(header(letter.headers(), DeadLetterHeaders.MESSAGE)).isEqualTo("rejected on purpose");
        assertSourceHeaders(letter.headers(), 0);
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
        assertThat(statements.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1#0-19");
    }

    @Test
    void anEngineFailureIsDeadLettered() {
        raw.pipeInput("bad", article("bad", 1, "BOOM"), T0);
        raw.pipeInput("a1", article("a1", 1, "Ann Lee|DIRECT|One|"), T0);

        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(header(letter.headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.ENGINE_FAILURE);
        assertThat(header(letter.headers(), DeadLetterHeaders.MESSAGE)).contains("boom");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
    }

    @Test
    void anEngineResultThatDoesNotFitTheSchemaIsAnEngineFailure() {
        raw.pipeInput("bad", article("bad", 1, "NAMELESS"), T0);

        assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.REASON))
                .isEqualTo(DeadLetterHeaders.ENGINE_FAILURE);
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aKeyThatIsNotTheArticleIdIsDeadLettered() {
        raw.pipeInput("other", article("a1", 1, "Ann Lee|DIRECT|One|"), T0);

        assertThat(header(deadLetters.readRecord().headers(), DeadLetterHeaders.REASON))
                .isEqualTo(DeadLetterHeaders.INVALID_KEY);
        assertThat(enriched.isEmpty()).isTrue();
    }

    /**
     * At least once here: under exactly-once the test driver's mock producer drops a dead letter
     * sent while no record is being processed, which a real broker's transaction keeps. The
     * handler and the record it sends are the same either way.
     */
    @Test
    void bytesThatAreNotAnArticleAreDeadLetteredByKafkaWithTheSameHeaders() {
        driver.close();
        Properties config = Drivers.config(stateDir, NewswireStreams.ENRICHER);
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = Drivers.enricher(avro, config);
        byte[] garbage = {(byte) 0xff, 1, 2, 3};
        driver.createInputTopic(Topics.RAW_ARTICLES, new StringSerializer(), new ByteArraySerializer())
                .pipeInput("junk", garbage, T0);
        Drivers.input(driver, topics.rawArticles()).pipeInput("a1", article("a1", 1, "Ann Lee|DIRECT|One|"), T0);

        TestRecord<byte[], byte[]> letter = Drivers.output(driver, topics.deadLetters()).readRecord();
        assertThat(letter.key()).isEqualTo("junk".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.value()).isEqualTo(garbage);
        assertThat(header(letter.headers(), DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.DESERIALIZATION);
        assertThat(header(letter.headers(), DeadLetterHeaders.MESSAGE)).contains("RawArticle");
        assertSourceHeaders(letter.headers(), 0);
        assertThat(Drivers.output(driver, topics.enrichedArticles()).readKeyValuesToList())
                .extracting(kv -> kv.key).containsExactly("a1");
    }

    @Test
    void namesEveryNodeAndStore() {
        TopologyDescription description = EnrichmentTopology.build(topics,
                avro.valueSerde(ArticleStatementIds.class), new FakeEngine()).describe();

        assertThat(description.subtopologies()).singleElement().satisfies(sub -> assertThat(sub.nodes())
                .extracting(TopologyDescription.Node::name)
                .containsExactlyInAnyOrder(EnrichmentTopology.SOURCE, EnrichmentTopology.PROCESSOR,
                        EnrichmentTopology.ENRICHED_SINK, EnrichmentTopology.STATEMENTS_SINK));
        assertThat(description.toString()).contains("stores: [" + EnrichmentTopology.STORE + "]");
    }

    private static Statement statement(String id) {
        return Statement.newBuilder().setStatementId(id).setArticleId("a1")
                .setSpeaker(new ActorRef("person:ann-lee", "Ann Lee",
                        EntityType.PERSON))
                .setKind(StatementKind.DIRECT).setText("One").setStart(0).setEnd(19)
                .setCue("said").build();
    }

    private static void assertSourceHeaders(Headers headers, long offset) {
        assertThat(header(headers, "__streams.errors.topic")).isEqualTo(Topics.RAW_ARTICLES);
        assertThat(header(headers, "__streams.errors.partition")).isEqualTo("0");
        assertThat(header(headers, "__streams.errors.offset")).isEqualTo(String.valueOf(offset));
        assertThat(header(headers, "__streams.errors.exception")).isNotBlank();
    }

    static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
