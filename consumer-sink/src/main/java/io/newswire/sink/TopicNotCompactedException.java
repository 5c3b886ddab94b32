package io.newswire.sink;

/**
 * A public topic exists with a cleanup policy other than {@code compact}: the sink would write
 * latest-value-per-key data into a topic that deletes it by age, so it refuses to start.
 */
public final class TopicNotCompactedException extends IllegalStateException {

    private final String topic;
    private final String cleanupPolicy;

    public TopicNotCompactedException(String topic, String cleanupPolicy) {
        super("Topic " + topic + " has cleanup.policy=" + cleanupPolicy + " but the public topics must be compacted"
                + " (cleanup.policy=compact); fix it with: kafka-configs --alter --entity-type topics --entity-name "
                + topic + " --add-config cleanup.policy=compact");
        this.topic = topic;
        this.cleanupPolicy = cleanupPolicy;
    }

    public String topic() {
        return topic;
    }

    public String cleanupPolicy() {
        return cleanupPolicy;
    }
}
