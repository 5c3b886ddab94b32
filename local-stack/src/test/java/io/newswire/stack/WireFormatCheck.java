package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.PublicationStatus;
import io.newswire.schema.RawArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a {@link RawArticle} with {@link ApicurioAvroSerdes} to a real topic and reads it back
 * as a Confluent client would: magic byte, schema id, plain Avro, no headers.
 */
final class WireFormatCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private WireFormatCheck() {
    }

    static void verify(String bootstrapServers, String registryUrl) throws Exception {
        String topic = "wire-format-it-" + UUID.randomUUID();
        RawArticle article = RawArticle.newBuilder()
                .setArticleId("article-1").setVersion(2).setSource("seeds")
                .setHeadline("Minister rejects plan").setBody("\"No,\" the minister said.")
                .setPublishedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setIngestedAt(Instant.ofEpochMilli(1_700_000_123_000L))
                .setContentHash("c0ffee").setStatus(PublicationStatus.CORRECTED).build();
        Serde<RawArticle> serde = new ApicurioAvroSerdes(registryUrl).valueSerde(RawArticle.class);

        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), serde.serializer())) {
            producer.send(new ProducerRecord<>(topic, article.getArticleId(), article))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }

        ConsumerRecord<String, byte[]> record;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            record = RecordPolling.pollOne(consumer, TIMEOUT);
        }

        byte[] bytes = record.value();
        assertThat(record.headers().toArray()).as("record headers").isEmpty();
        assertThat(bytes[0]).as("magic byte").isZero();
        int schemaId = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(schemaId).as("schema id").isPositive();

        Schema writerSchema = new Schema.Parser().parse(confluentSchemaById(registryUrl, schemaId));
        assertThat(writerSchema).isEqualTo(RawArticle.getClassSchema());

        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null);
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(writerSchema).read(null, decoder);
        assertThat(decoder.isEnd()).as("every byte after the id is the Avro body").isTrue();
        assertThat(decoded.get("articleId")).hasToString("article-1");
        assertThat(decoded.get("version")).isEqualTo(2);
        assertThat(decoded.get("headline")).hasToString("Minister rejects plan");
        assertThat(decoded.get("body")).hasToString("\"No,\" the minister said.");
        assertThat(decoded.get("byline")).isNull();
        assertThat(decoded.get("publishedAt")).isEqualTo(1_700_000_000_000L);
        assertThat(decoded.get("ingestedAt")).isEqualTo(1_700_000_123_000L);
        assertThat(decoded.get("status")).hasToString("CORRECTED");

        assertThat(serde.deserializer().deserialize(topic, bytes)).isEqualTo(article);
    }

    private static String confluentSchemaById(String registryUrl, int id) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(registryUrl + "/apis/ccompat/v7/schemas/ids/" + id))
                        .timeout(TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body()).get("schema").asText();
    }
}
