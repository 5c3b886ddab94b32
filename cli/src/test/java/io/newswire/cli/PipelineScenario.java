package io.newswire.cli;

import io.newswire.schema.ApicurioAvroSerdes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.config.ClientProperties;
import io.newswire.engine.rules.RuleBasedEnrichmentEngine;
import io.newswire.producer.ArticleProducer;
import io.newswire.producer.PublishOptions;
import io.newswire.producer.PublishSummary;
import io.newswire.schema.DeadLetterHeaders;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.PublicationStatus;
import io.newswire.schema.SchemaRegistration;
import io.newswire.schema.Statement;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The whole pipeline (producer, enricher and counter with the real engine, sink) on a given
 * broker and registry, checked from the outside as a downstream service sees it: the public
 * compacted topics. {@link PipelineIT} runs it on the local stack, {@link PipelineContainerIT} on
 * containers. Uses the pipeline's fixed topic names, so one scenario per cluster.
 */
final class PipelineScenario {

    static final Path SEEDS = Path.of("..", "seeds");
    private static final Duration PATIENCE = Duration.ofMinutes(4);
    private static final int REPLAYS = 3;
    /** Magic byte 0 and a schema id no registry of these tests has: not deserializable. */
    private static final byte[] POISON = {0, 0, 0, 0, 42, (byte) 0xff, (byte) 0xff};

    private final String registryUrl;
    private final Path workDir;
    private final Properties props = new Properties();
    private final Map<String, Object> clientConfig = new HashMap<>();
    private final Topics topics;
    private final CompactedTopicReader reader;

    /**
     * @param workDir an empty directory for the Streams state and extra articles
     */
    PipelineScenario(String bootstrapServers, String registryUrl, Path workDir) {
        this.registryUrl = registryUrl;
        this.workDir = workDir;
        // Unique ids: the applications, the sink's group and its transactional id derive from this.
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "pipeline-it-" + UUID.randomUUID());
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ClientProperties.SCHEMA_REGISTRY_URL, registryUrl);
        props.put(StreamsConfig.STATE_DIR_CONFIG, workDir.resolve("state").toString());
        clientConfig.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.topics = new Topics(ApicurioAvroSerdes.fromProperties(props));
        this.reader = new CompactedTopicReader(clientConfig, Duration.ofMinutes(1));
    }

    void run() throws Exception {
        new SchemaRegistration(registryUrl).registerValueSchemas();
        try (PipelineServices services = PipelineServices.start(props, new RuleBasedEnrichmentEngine());
                ConsumerGroupProgress progress = new ConsumerGroupProgress(clientConfig)) {
            services.awaitRunning(PATIENCE);
            Settling settled = extra -> await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1))
                    .until(() -> extra.call() && progress.behind(services.consumerGroups()).isEmpty());

            // The seeds, once: every one enriched; the counts are those of the enriched statements.
            List<String> seedIds = publish(SEEDS, PublishOptions.defaults());
            assertThat(seedIds).hasSize(4);
            settled.await(() -> enriched().keySet().containsAll(seedIds));
            Map<String, EnrichedArticle> firstEnriched = enriched();
            assertThat(statementsOf(firstEnriched.values())).as("statements the engine found in the seeds").isNotEmpty();
            Map<String, Tally> firstCounts = counts();
            assertThat(firstCounts).isNotEmpty().isEqualTo(Tally.fromStatements(statementsOf(firstEnriched.values())));

            // Replays: the same keys and statements again change nothing, once all is processed.
            for (int i = 0; i < REPLAYS; i++) {
                assertThat(publish(SEEDS, PublishOptions.defaults())).isEqualTo(seedIds);
            }
            settled.await(() -> true);
            assertThat(counts()).isEqualTo(firstCounts);
            // enrichedAt is the raw record's timestamp, so only what was extracted must be the same
            assertThat(statementsById(enriched())).isEqualTo(statementsById(firstEnriched));

            // A poison pill is dead-lettered with its reason; the next article is still enriched.
            String poisonKey = "poison-" + UUID.randomUUID();
            sendRaw(poisonKey, POISON);
            Path later = Files.createDirectories(workDir.resolve("later"));
            Files.writeString(later.resolve("after-poison.txt"), """
                    Council approves new bridge

                    LONDON – The council approved the new bridge on Monday. "This bridge will serve the city for a
                    century," Mayor Jane Porter told reporters.
                    """);
            assertThat(publish(later, PublishOptions.defaults())).containsExactly("after-poison");
            settled.await(() -> enriched().containsKey("after-poison"));
            ConsumerRecord<String, byte[]> deadLetter = deadLetter(poisonKey);
            assertThat(deadLetter.value()).isEqualTo(POISON);
            assertThat(header(deadLetter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.DESERIALIZATION);
            Map<String, EnrichedArticle> beforeRetraction = enriched();
            assertThat(counts()).isEqualTo(Tally.fromStatements(statementsOf(beforeRetraction.values())));

            // A retraction (higher version) takes every statement of the article out of the counts.
            String retracted = seedIds.get(0);
            publish(SEEDS.resolve(retracted + ".txt"), new PublishOptions(null, 2, PublicationStatus.RETRACTED));
            settled.await(() -> enriched().get(retracted).getStatus() == PublicationStatus.RETRACTED);
            EnrichedArticle retraction = enriched().get(retracted);
            assertThat(retraction.getVersion()).isEqualTo(2);
            assertThat(retraction.getStatements()).isEmpty();
            Map<String, EnrichedArticle> others = new HashMap<>(beforeRetraction);
            others.remove(retracted);
            Map<String, Tally> afterRetraction = counts();
            assertThat(afterRetraction).isEqualTo(Tally.fromStatements(statementsOf(others.values())));
            String speaker = beforeRetraction.get(retracted).getStatements().stream()
                    .filter(s -> s.getSpeaker() != null).findFirst().orElseThrow().getSpeaker().getActorId();
            long retractedByThem = beforeRetraction.get(retracted).getStatements().stream()
                    .filter(s -> s.getSpeaker() != null && s.getSpeaker().getActorId().equals(speaker)).count();
            long before = counts(beforeRetraction).get(speaker).total();
            assertThat(afterRetraction.containsKey(speaker) ? afterRetraction.get(speaker).total() : 0)
                    .isEqualTo(before - retractedByThem);

            // Downstream readers need only plain Avro and the registry's Confluent API.
            Map<String, GenericRecord> plainArticles = plainAvro(Topics.PUBLIC_ENRICHED_ARTICLES);
            assertThat(plainArticles).hasSameSizeAs(enriched());
            plainArticles.forEach((id, article) -> {
                assertThat(article.get("articleId")).hasToString(id);
                assertThat((Collection<?>) article.get("statements")).hasSameSizeAs(enriched().get(id).getStatements());
            });
            Map<String, GenericRecord> plainCounts = plainAvro(Topics.PUBLIC_ACTOR_COUNTS);
            assertThat(plainCounts.keySet()).isEqualTo(afterRetraction.keySet());
            plainCounts.forEach((actorId, count) -> {
                assertThat(count.get("actorId")).hasToString(actorId);
                assertThat(count.get("total")).isEqualTo(afterRetraction.get(actorId).total());
            });
        }
    }

    /** Waits until the condition holds and every service has processed all of its input. */
    @FunctionalInterface
    private interface Settling {
        void await(Callable<Boolean> condition);
    }

    private List<String> publish(Path articles, PublishOptions options) throws IOException {
        List<Path> files = ArticleFiles.expand(List.of(articles));
        try (ArticleProducer producer = ArticleProducer.create(props, options)) {
            PublishSummary summary = producer.publish(files);
            assertThat(summary.skipped()).isEmpty();
            return summary.published().stream().map(PublishSummary.Published::articleId).toList();
        }
    }

    private void sendRaw(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, clientConfig.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.RAW_ARTICLES, key, value)).get(1, TimeUnit.MINUTES);
        }
    }

    private Map<String, EnrichedArticle> enriched() {
        return reader.latestValues(topics.publicEnrichedArticles());
    }

    private Map<String, Tally> counts() {
        return Tally.of(reader.latestValues(topics.publicActorCounts()));
    }

    private static Map<String, Tally> counts(Map<String, EnrichedArticle> articles) {
        return Tally.fromStatements(statementsOf(articles.values()));
    }

    private static Map<String, List<Statement>> statementsById(Map<String, EnrichedArticle> articles) {
        Map<String, List<Statement>> statements = new HashMap<>();
        articles.forEach((id, article) -> statements.put(id, article.getStatements()));
        return statements;
    }

    private static List<Statement> statementsOf(Collection<EnrichedArticle> articles) {
        return articles.stream().flatMap(a -> a.getStatements().stream()).toList();
    }

    private ConsumerRecord<String, byte[]> deadLetter(String key) {
        return reader.records(new Topic<>(Topics.DEAD_LETTERS, Serdes.String(), Serdes.ByteArray())).stream()
                .filter(r -> key.equals(r.key()))
                .reduce((first, second) -> {
                    throw new AssertionError("dead-lettered twice: " + key);
                })
                .orElseThrow(() -> new AssertionError("not dead-lettered: " + key));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * The topic's latest values decoded as a consumer without any Avro serde would: magic byte 0,
     * the 4-byte schema id, the writer schema fetched by that id, then plain Avro binary.
     */
    private Map<String, GenericRecord> plainAvro(String topic) throws Exception {
        Map<String, GenericRecord> decoded = new HashMap<>();
        Map<Integer, Schema> schemas = new HashMap<>();
        for (Map.Entry<String, byte[]> value
                : reader.latestValues(new Topic<>(topic, Serdes.String(), Serdes.ByteArray())).entrySet()) {
            byte[] bytes = value.getValue();
            assertThat(bytes[0]).as("magic byte").isZero();
            int schemaId = ByteBuffer.wrap(bytes, 1, 4).getInt();
            if (!schemas.containsKey(schemaId)) {
                schemas.put(schemaId, new Schema.Parser().parse(schemaById(schemaId)));
            }
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null);
            decoded.put(value.getKey(), new GenericDatumReader<GenericRecord>(schemas.get(schemaId)).read(null, decoder));
            assertThat(decoder.isEnd()).as("every byte after the schema id is the Avro body").isTrue();
        }
        return decoded;
    }

    private String schemaById(int id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(registryUrl + "/apis/ccompat/v7/schemas/ids/" + id))
                        .timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("schema").asText();
    }
}
