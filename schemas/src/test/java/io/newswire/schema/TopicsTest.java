package io.newswire.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void topicsThatHoldTheLatestValuePerKeyAreCompacted() {
        for (String topic : new String[] {Topics.ENRICHED_ARTICLES, Topics.STATEMENTS, Topics.ACTOR_COUNTS,
                Topics.PUBLIC_ENRICHED_ARTICLES, Topics.PUBLIC_ACTOR_COUNTS}) {
            assertThat(Topics.cleanupPolicy(topic)).as(topic).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    @Test
    void rawArticlesAndDeadLettersAreLogs() {
        assertThat(Topics.cleanupPolicy(Topics.RAW_ARTICLES)).isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
        assertThat(Topics.cleanupPolicy(Topics.DEAD_LETTERS)).isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);
    }
}
