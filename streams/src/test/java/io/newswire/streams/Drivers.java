package io.newswire.streams;

import io.newswire.schema.ArticleStatementIds;
import io.newswire.schema.PlainAvroSerdes;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** Test drivers of the two topologies with the runner's configuration, and their topics. */
final class Drivers {

    private Drivers() {
    }

    /** The runner's configuration, so that tests exercise its error handlers and guarantee. */
    static Properties config(Path stateDir, String app) {
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return NewswireStreams.streamsConfig(props, app);
    }

    static TopologyTestDriver enricher(PlainAvroSerdes avro, Properties config) {
        return new TopologyTestDriver(EnrichmentTopology.build(new Topics(avro),
                avro.valueSerde(ArticleStatementIds.class), new FakeEngine()), config);
    }

    static TopologyTestDriver counter(PlainAvroSerdes avro, Path stateDir) {
        return new TopologyTestDriver(CountTopology.build(new Topics(avro)), config(stateDir, NewswireStreams.COUNTER));
    }

    static <K, V> TestInputTopic<K, V> input(TopologyTestDriver driver, Topic<K, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    static <K, V> TestOutputTopic<K, V> output(TopologyTestDriver driver, Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }
}
