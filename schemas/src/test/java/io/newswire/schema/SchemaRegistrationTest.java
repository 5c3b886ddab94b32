package io.newswire.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SchemaRegistrationTest {

    private static final URI CCOMPAT = SchemaRegistration.ccompatUrl("http://registry:8080/");

    @Test
    void findsTheValueSchemaOfEveryAvroTopic() {
        assertThat(SchemaRegistration.valueSchemas())
                .containsEntry(Topics.RAW_ARTICLES, RawArticle.getClassSchema())
                .containsEntry(Topics.ENRICHED_ARTICLES, EnrichedArticle.getClassSchema())
                .containsEntry(Topics.STATEMENTS, Statement.getClassSchema())
                .containsEntry(Topics.ACTOR_COUNTS, ActorStatementCount.getClassSchema())
                .containsEntry(Topics.PUBLIC_ENRICHED_ARTICLES, EnrichedArticle.getClassSchema())
                .containsEntry(Topics.PUBLIC_ACTOR_COUNTS, ActorStatementCount.getClassSchema())
                .doesNotContainKey(Topics.DEAD_LETTERS)
                .hasSize(6);
    }

    @Test
    void usesTheConfluentSubjectNameOfTheValue() {
        assertThat(SchemaRegistration.valueSubject(Topics.STATEMENTS)).isEqualTo("newswire.statements-value");
    }

    @Test
    void postsTheSchemaAsAJsonStringToTheSubjectsVersions() throws Exception {
        HttpRequest request = SchemaRegistration.registerRequest(CCOMPAT, "newswire.articles.raw-value",
                RawArticle.getClassSchema());

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).hasToString(
                "http://registry:8080/apis/ccompat/v7/subjects/newswire.articles.raw-value/versions");
        assertThat(request.headers().firstValue("Content-Type")).hasValue(SchemaRegistration.CONTENT_TYPE);
        JsonNode body = new ObjectMapper().readTree(body(request));
        assertThat(body.get("schemaType").asText()).isEqualTo("AVRO");
        assertThat(new Schema.Parser().parse(body.get("schema").asText())).isEqualTo(RawArticle.getClassSchema());
    }

    @Test
    void putsTheCompatibilityToTheSubjectsConfig() throws Exception {
        HttpRequest request = SchemaRegistration.compatibilityRequest(CCOMPAT, "newswire.statements-value", "BACKWARD");

        assertThat(request.method()).isEqualTo("PUT");
        assertThat(request.uri()).hasToString("http://registry:8080/apis/ccompat/v7/config/newswire.statements-value");
        assertThat(new ObjectMapper().readTree(body(request)).get("compatibility").asText()).isEqualTo("BACKWARD");
    }

    @Test
    void escapesWhatJsonRequires() throws Exception {
        String tricky = "say \"no\"\\ \n\t\u0001 é";

        String literal = SchemaRegistration.jsonString(tricky);

        assertThat(new ObjectMapper().readTree(literal).asText()).isEqualTo(tricky);
    }

    private static String body(HttpRequest request) {
        List<ByteBuffer> chunks = new ArrayList<>();
        request.bodyPublisher().orElseThrow().subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                chunks.add(item);
            }

            @Override
            public void onError(Throwable throwable) {
                throw new AssertionError(throwable);
            }

            @Override
            public void onComplete() {
            }
        });
        StringBuilder body = new StringBuilder();
        chunks.forEach(chunk -> body.append(StandardCharsets.UTF_8.decode(chunk)));
        return body.toString();
    }
}
