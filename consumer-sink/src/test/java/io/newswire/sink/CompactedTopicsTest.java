package io.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class CompactedTopicsTest {

    @Test
    void acceptsTopicsThatAreOnlyCompacted() {
        assertThatCode(() -> CompactedTopics.requireCompacted(Map.of("a", "compact", "b", " compact ")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesADeletePolicyNamingTheTopicAndItsPolicy() {
        assertThatThrownBy(() -> CompactedTopics.requireCompacted(
                Map.of("newswire.public.actor-counts", "compact", "newswire.public.articles.enriched", "delete")))
                .isInstanceOfSatisfying(TopicNotCompactedException.class, e -> {
                    assertThat(e.topic()).isEqualTo("newswire.public.articles.enriched");
                    assertThat(e.cleanupPolicy()).isEqualTo("delete");
                })
                .hasMessageContaining("newswire.public.articles.enriched")
                .hasMessageContaining("cleanup.policy=delete");
    }

    @Test
    void refusesCompactAndDeleteBecauseRetentionWouldDropLatestValues() {
        assertThat(CompactedTopics.isCompactOnly("compact,delete")).isFalse();
        assertThat(CompactedTopics.isCompactOnly("delete, compact")).isFalse();
        assertThat(CompactedTopics.isCompactOnly("")).isFalse();
        assertThat(CompactedTopics.isCompactOnly("compact")).isTrue();
    }

    @Test
    void createsTopicsCompactedWithTheConfiguredLayout() {
        NewTopic topic = new CompactedTopics(null, 6, (short) 3, PublicTopicSinkConfig.ADMIN_TIMEOUT).newTopic("t");

        assertThat(topic.name()).isEqualTo("t");
        assertThat(topic.numPartitions()).isEqualTo(6);
        assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        assertThat(topic.configs()).containsEntry("cleanup.policy", "compact");
    }
}
