package io.newswire.schema;

import io.apicurio.registry.serde.SerdeConfig;
import io.newswire.config.ClientProperties;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Apicurio's Avro serde configured for the Confluent wire format: magic byte 0, a 4-byte content
 * id, no headers. A consumer using Confluent's deserializer against the registry's
 * {@code /apis/ccompat/v7} API reads every record these serdes write.
 */
public final class ApicurioAvroSerdes implements AvroSerdes {

    private static final String PROPERTY_PREFIX = "apicurio.registry.";

    private final Map<String, Object> config;

    /**
     * @param registryBaseUrl the registry's root, e.g. {@code http://localhost:8081}; the v2 API
     *     path is appended here so that callers only deal in one address
     * @param overrides further {@code apicurio.registry.*} properties, applied last
     */
    public ApicurioAvroSerdes(String registryBaseUrl, Map<String, ?> overrides) {
        Map<String, Object> c = new HashMap<>();
        c.put(SerdeConfig.REGISTRY_URL, registryV2Url(registryBaseUrl));
        c.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, true);
        c.put(SerdeConfig.ENABLE_HEADERS, false);
        c.put(SerdeConfig.USE_ID, "contentId");
        c.put(SerdeConfig.ID_HANDLER, "io.apicurio.registry.serde.Legacy4ByteIdHandler");
        c.put(AvroKafkaSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        c.putAll(overrides);
        this.config = Map.copyOf(c);
    }

    public ApicurioAvroSerdes(String registryBaseUrl) {
        this(registryBaseUrl, Map.of());
    }

    /**
     * The serdes of {@code schema.registry.url} in Kafka-style client properties, with every
     * {@code apicurio.registry.*} property passed to them as an override.
     */
    public static ApicurioAvroSerdes fromProperties(Properties props) {
        String registry = props.getProperty(ClientProperties.SCHEMA_REGISTRY_URL);
        if (registry == null || registry.isBlank()) {
            throw new IllegalArgumentException(ClientProperties.SCHEMA_REGISTRY_URL
                    + " is not set (the schema registry's address, e.g. http://localhost:8080)");
        }
        Map<String, Object> overrides = new HashMap<>();
        props.stringPropertyNames().stream()
                .filter(ApicurioAvroSerdes::isSerdeProperty)
                .forEach(name -> overrides.put(name, props.getProperty(name)));
        return new ApicurioAvroSerdes(registry, overrides);
    }

    /** True for the properties the serdes take, which Kafka clients would only warn about. */
    public static boolean isSerdeProperty(String name) {
        return name.equals(ClientProperties.SCHEMA_REGISTRY_URL) || name.startsWith(PROPERTY_PREFIX);
    }

    static String registryV2Url(String baseUrl) {
        String trimmed = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return trimmed.endsWith("/apis/registry/v2") ? trimmed : trimmed + "/apis/registry/v2";
    }

    @Override
    public <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type) {
        AvroKafkaSerializer<T> serializer = new AvroKafkaSerializer<>();
        AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>();
        serializer.configure(config, false);
        deserializer.configure(config, false);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    /** The resolved serde properties, for clients that configure serializers by class name. */
    public Map<String, Object> config() {
        return config;
    }
}
