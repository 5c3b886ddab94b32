package io.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class PublicTopicSinkConfigTest {

    @Test
    void forcesExactlyOnceSettingsAndDefaultsTheIds() {
        Properties given = new Properties();
        given.setProperty("bootstrap.servers", "kafka:9092");
        given.setProperty("isolation.level", "read_uncommitted");
        given.setProperty("enable.auto.commit", "true");
        PublicTopicSinkConfig config = new PublicTopicSinkConfig(given);

        assertThat(config.consumer())
                .containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("isolation.level", "read_committed")
                .containsEntry("enable.auto.commit", "false")
                .containsEntry("group.id", PublicTopicSinkConfig.DEFAULT_ID)
                .containsEntry("auto.offset.reset", "earliest");
        assertThat(config.producer())
                .containsEntry("bootstrap.servers", "kafka:9092")
                .containsEntry("transactional.id", PublicTopicSinkConfig.DEFAULT_ID)
                .containsEntry("enable.idempotence", "true")
                .containsEntry("acks", "all")
                .doesNotContainKeys("isolation.level", "enable.auto.commit");
        assertThat(config.topicPartitions()).isEqualTo(1);
        assertThat(config.topicReplicationFactor()).isEqualTo((short) 1);
    }

    @Test
    void givesEachClientItsPrefixedPropertiesAndReadsTheTopicLayout() {
        Properties given = new Properties();
        given.setProperty("transactional.id", "sink-eu-1");
        given.setProperty("producer.linger.ms", "20");
        given.setProperty("consumer.max.poll.records", "100");
        given.setProperty("admin.request.timeout.ms", "5000");
        given.setProperty("schema.registry.url", "http://registry:8080");
        given.setProperty(PublicTopicSinkConfig.TOPIC_PARTITIONS, "6");
        given.setProperty(PublicTopicSinkConfig.TOPIC_REPLICATION_FACTOR, "3");
        PublicTopicSinkConfig config = new PublicTopicSinkConfig(given);

        assertThat(config.producer()).containsEntry("transactional.id", "sink-eu-1").containsEntry("linger.ms", "20")
                .doesNotContainKeys("max.poll.records", "schema.registry.url");
        assertThat(config.consumer()).containsEntry("max.poll.records", "100").doesNotContainKey("linger.ms");
        assertThat(config.admin()).containsEntry("request.timeout.ms", "5000");
        assertThat(config.topicPartitions()).isEqualTo(6);
        assertThat(config.topicReplicationFactor()).isEqualTo((short) 3);
    }
}
