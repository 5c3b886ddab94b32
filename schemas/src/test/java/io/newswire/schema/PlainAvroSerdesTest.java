package io.newswire.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class PlainAvroSerdesTest {

    private final Serde<RawArticle> serde = new PlainAvroSerdes().valueSerde(RawArticle.class);

    @Test
    void roundTripsARawArticle() {
        RawArticle article = RawArticle.newBuilder()
                .setArticleId("a1").setSource("seeds").setBody("Body text.")
                .setIngestedAt(Instant.ofEpochMilli(1_000)).setContentHash("abc").build();

        byte[] bytes = serde.serializer().serialize("t", article);

        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(article);
        assertThat(article.getStatus()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void rejectsBytesThatAreNotTheRecord() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {(byte) 0xff, 1, 2}))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RawArticle");
    }

    @Test
    void appendsTheV2PathToTheRegistryRoot() {
        assertThat(ApicurioAvroSerdes.registryV2Url("http://h:1/")).isEqualTo("http://h:1/apis/registry/v2");
        assertThat(ApicurioAvroSerdes.registryV2Url("http://h:1/apis/registry/v2"))
                .isEqualTo("http://h:1/apis/registry/v2");
    }

    @Test
    void apicurioSerdesComeFromClientPropertiesThatNameTheRegistry() {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("bootstrap.servers", "b:9092");
        props.setProperty("apicurio.registry.auto-register", "false");

        assertThatThrownBy(() -> ApicurioAvroSerdes.fromProperties(props))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("schema.registry.url");

        props.setProperty("schema.registry.url", "http://h:1");
        assertThat(ApicurioAvroSerdes.fromProperties(props).config())
                .containsEntry("apicurio.registry.url", "http://h:1/apis/registry/v2")
                .containsEntry("apicurio.registry.auto-register", "false")
                .doesNotContainKey("bootstrap.servers");
        assertThat(ApicurioAvroSerdes.isSerdeProperty("schema.registry.url")).isTrue();
        assertThat(ApicurioAvroSerdes.isSerdeProperty("apicurio.registry.use-id")).isTrue();
        assertThat(ApicurioAvroSerdes.isSerdeProperty("acks")).isFalse();
    }
}
