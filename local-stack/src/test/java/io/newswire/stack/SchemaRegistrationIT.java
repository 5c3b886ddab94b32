package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.schema.ApicurioAvroSerdes;
import io.newswire.schema.RawArticle;
import io.newswire.schema.SchemaRegistration;
import io.newswire.schema.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SchemaRegistrationIT {

    private final String registryUrl = SharedLocalStack.get().registryUrl();
    private final SchemaRegistration registration = new SchemaRegistration(registryUrl);

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void registersEveryValueSchemaWithBackwardCompatibilityIdempotently() throws Exception {
        Map<String, Integer> first = registration.registerValueSchemas();
        Map<String, Integer> second = registration.registerValueSchemas();

        assertThat(second).isEqualTo(first);
        assertThat(first.keySet()).containsExactlyInAnyOrder(
                "newswire.articles.raw-value", "newswire.articles.enriched-value", "newswire.statements-value",
                "newswire.actor-counts-value", "newswire.public.articles.enriched-value",
                "newswire.public.actor-counts-value");
        for (String subject : first.keySet()) {
            assertThat(get("/apis/ccompat/v7/config/" + subject).get("compatibilityLevel").asText())
                    .as(subject).isEqualTo("BACKWARD");
            assertThat(get("/apis/ccompat/v7/subjects/" + subject + "/versions").size()).as(subject).isOne();
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theSerdesWriteTheIdOfTheRegisteredSchema() {
        int registered = registration.registerValueSchemas().get("newswire.articles.raw-value");
        RawArticle article = RawArticle.newBuilder().setArticleId("a").setSource("s").setBody("b")
                .setIngestedAt(Instant.ofEpochMilli(1)).setContentHash("h").build();

        byte[] bytes = new ApicurioAvroSerdes(registryUrl).valueSerde(RawArticle.class).serializer()
                .serialize(Topics.RAW_ARTICLES, article);

        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(registered);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void rejectsABreakingChangeAndAcceptsACompatibleOne() {
        String subject = "evolution-it-" + UUID.randomUUID() + "-value";
        Schema original = RawArticle.getClassSchema();
        int originalId = registration.register(subject, original);

        Schema requiredField = withExtraField(original,
                new Schema.Field("wordCount", Schema.create(Schema.Type.INT), "no default: old data lacks it"));
        assertThatThrownBy(() -> registration.register(subject, requiredField))
                .hasMessageContaining("409")
                .hasMessageContaining(subject);

        Schema optionalField = withExtraField(original, new Schema.Field("wordCount",
                Schema.createUnion(Schema.create(Schema.Type.NULL), Schema.create(Schema.Type.INT)),
                "optional, so old data reads as null", JsonProperties.NULL_VALUE));
        int evolvedId = registration.register(subject, optionalField);

        assertThat(evolvedId).isNotEqualTo(originalId);
        assertThat(registration.register(subject, optionalField)).isEqualTo(evolvedId);
    }

    private static Schema withExtraField(Schema record, Schema.Field extra) {
        List<Schema.Field> fields = new ArrayList<>();
        record.getFields().forEach(field -> fields.add(new Schema.Field(field, field.schema())));
        fields.add(extra);
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(registryUrl + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
