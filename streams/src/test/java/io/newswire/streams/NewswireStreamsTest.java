package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewswireStreamsTest {

    @TempDir
    Path stateDir;

    @Test
    void defaultsToExactlyOnceWithDeadLettersAndOneApplicationIdPerApp() {
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");

        Properties enricher = NewswireStreams.streamsConfig(props, NewswireStreams.ENRICHER);

        assertThat(enricher.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("newswire-enricher");
        assertThat(NewswireStreams.streamsConfig(props, NewswireStreams.COUNTER)
                .getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("newswire-counter");
        assertThat(enricher.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(enricher.getProperty(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG))
                .isEqualTo("newswire.dead-letters");
        assertThat(enricher.getProperty(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG))
                .isEqualTo(DeserializationDeadLetterHandler.class.getName());
        assertThat(enricher.getProperty(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG)).isEqualTo("broker:9092");
    }

    @Test
    void givenPropertiesWinAndApplicationIdIsThePrefix() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test-42");
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "1000");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);

        Properties counter = NewswireStreams.streamsConfig(props, NewswireStreams.COUNTER);

        assertThat(counter.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("test-42-counter");
        assertThat(counter.getProperty(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG)).isEqualTo("1000");
        assertThat(counter.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.AT_LEAST_ONCE);
    }

    @Test
    void aProcessingErrorThatIsNotAnUnprocessableArticleStopsTheApplication() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(),
                        Serdes.String()))
                .foreach((k, v) -> {
                    throw new IllegalStateException("a bug");
                }, Named.as("buggy"));

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(),
                Drivers.config(stateDir, NewswireStreams.COUNTER))) {
            var in = driver.createInputTopic("in", new StringSerializer(), new StringSerializer());
            assertThatThrownBy(() -> in.pipeInput("k", "v", Instant.EPOCH))
                    .isInstanceOf(StreamsException.class)
                    .hasRootCauseMessage("a bug");
            assertThat(driver.producedTopicNames()).doesNotContain("newswire.dead-letters");
        }
    }

    @Test
    void createNeedsTheRegistryAndAnEngine() {
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");

        assertThatThrownBy(() -> NewswireStreams.create(props)).hasMessageContaining("schema.registry.url");

        props.put("schema.registry.url", "http://registry:8081");
        // the test class path has no engine implementation registered with ServiceLoader
        assertThatThrownBy(() -> NewswireStreams.create(props)).hasMessageContaining("EnrichmentEngine");
    }
}
