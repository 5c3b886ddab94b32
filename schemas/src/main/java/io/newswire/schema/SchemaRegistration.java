package io.newswire.schema;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Registers the value schema of every Avro topic under the Confluent subject
 * {@code <topic>-value} and sets the subject's compatibility to {@value #COMPATIBILITY}, through
 * the registry's Confluent-compatible API. Idempotent: the registry returns the existing id for a
 * schema it already has, and rejects (HTTP 409) a schema that would break existing readers.
 */
public final class SchemaRegistration {

    /** New schemas must read data written with the previous one: consumers upgrade first. */
    public static final String COMPATIBILITY = "BACKWARD";
    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final URI ccompat;
    private final HttpClient http;

    /** @param registryBaseUrl the registry's root, e.g. {@code http://localhost:8081} */
    public SchemaRegistration(String registryBaseUrl) {
        this(registryBaseUrl, HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    }

    SchemaRegistration(String registryBaseUrl, HttpClient http) {
        this.ccompat = ccompatUrl(registryBaseUrl);
        this.http = http;
    }

    static URI ccompatUrl(String registryBaseUrl) {
        String root = registryBaseUrl.endsWith("/")
                ? registryBaseUrl.substring(0, registryBaseUrl.length() - 1) : registryBaseUrl;
        return URI.create(root + "/apis/ccompat/v7/");
    }

    public static String valueSubject(String topic) {
        return topic + "-value";
    }

    /**
     * The value schema of each Avro topic of {@link Topics}, by topic name. Read off the topics
     * themselves, so a topic added there is registered without a change here.
     */
    public static Map<String, Schema> valueSchemas() {
        Map<Serde<?>, Schema> schemaBySerde = new IdentityHashMap<>();
        Topics topics = new Topics(new AvroSerdes() {
            @Override
            public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
                Serde<T> marker = Serdes.serdeFrom((topic, value) -> new byte[0], (topic, bytes) -> null);
                schemaBySerde.put(marker, SpecificData.get().getSchema(type));
                return marker;
            }
        });
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (Topic<?, ?> topic : topics.all()) {
            Schema schema = schemaBySerde.get(topic.valueSerde());
            if (schema != null) {
                schemas.put(topic.name(), schema);
            }
        }
        return schemas;
    }

    /** Registers every Avro value schema; returns the schema id by subject. */
    public Map<String, Integer> registerValueSchemas() {
        Map<String, Integer> ids = new LinkedHashMap<>();
        valueSchemas().forEach((topic, schema) -> ids.put(valueSubject(topic), register(valueSubject(topic), schema)));
        return ids;
    }

    /**
     * Registers {@code schema} under {@code subject}, then sets the subject's compatibility. In
     * that order because a subject's compatibility can only be set once it exists in some
     * registries; on every later run the compatibility from the first run guards the registration.
     *
     * @return the schema id, the one that records carry in the Confluent wire format
     * @throws IllegalStateException if the registry rejects the schema, e.g. as incompatible
     */
    public int register(String subject, Schema schema) {
        String body = send(registerRequest(ccompat, subject, schema), "register a schema under " + subject);
        send(compatibilityRequest(ccompat, subject, COMPATIBILITY), "set the compatibility of " + subject);
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("The registry answered without an id when registering " + subject + ": " + body);
        }
        return Integer.parseInt(id.group(1));
    }

    static HttpRequest registerRequest(URI ccompat, String subject, Schema schema) {
        return HttpRequest.newBuilder(ccompat.resolve("subjects/" + encode(subject) + "/versions"))
                .timeout(TIMEOUT)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(registerBody(schema)))
                .build();
    }

    static HttpRequest compatibilityRequest(URI ccompat, String subject, String compatibility) {
        return HttpRequest.newBuilder(ccompat.resolve("config/" + encode(subject)))
                .timeout(TIMEOUT)
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"compatibility\":" + jsonString(compatibility) + "}"))
                .build();
    }

    static String registerBody(Schema schema) {
        return "{\"schemaType\":\"AVRO\",\"schema\":" + jsonString(schema.toString()) + "}";
    }

    /** A JSON string literal; small enough not to need a JSON library here. */
    static String jsonString(String value) {
        StringBuilder json = new StringBuilder(value.length() + 16).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String send(HttpRequest request, String action) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("Could not " + action + ": HTTP " + response.statusCode()
                        + " from " + request.uri() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Could not " + action + " at " + request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while trying to " + action, e);
        }
    }
}
