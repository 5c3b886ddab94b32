package io.newswire.sink;

import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The sink's configuration: Kafka client properties shared by its consumer, producer and admin
 * client, plus a few of its own. As in Kafka Streams, a {@code consumer.}, {@code producer.} or
 * {@code admin.} prefix sets a property for one client only.
 */
public final class PublicTopicSinkConfig {

    /** Partitions of a public topic the sink creates. */
    public static final String TOPIC_PARTITIONS = "public.topic.partitions";
    /** Replication factor of a public topic the sink creates; 3 on a production cluster. */
    public static final String TOPIC_REPLICATION_FACTOR = "public.topic.replication.factor";
    /** How long one poll waits for records. */
    public static final String POLL_MS = "sink.poll.ms";

    public static final String DEFAULT_ID = "newswire-public-sink";
    static final int DEFAULT_PARTITIONS = 1;
    static final short DEFAULT_REPLICATION_FACTOR = 1;
    static final Duration DEFAULT_POLL = Duration.ofMillis(500);
    static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

    private final Properties props;

    public PublicTopicSinkConfig(Properties props) {
        this.props = new Properties();
        this.props.putAll(props);
    }

    /** Exactly once needs read_committed and offsets committed only with the transaction, so these are not optional. */
    Properties consumer() {
        Properties c = client(ConsumerConfig.configNames(), "consumer.");
        c.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, DEFAULT_ID);
        c.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return c;
    }

    /**
     * The transactional id must be stable across restarts of one instance and differ between
     * instances: a second instance with the same id fences the first.
     */
    Properties producer() {
        Properties p = client(ProducerConfig.configNames(), "producer.");
        p.putIfAbsent(ProducerConfig.TRANSACTIONAL_ID_CONFIG, DEFAULT_ID);
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, DEFAULT_ID + "-producer");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return p;
    }

    Properties admin() {
        return client(AdminClientConfig.configNames(), "admin.");
    }

    int topicPartitions() {
        return Integer.parseInt(props.getProperty(TOPIC_PARTITIONS, String.valueOf(DEFAULT_PARTITIONS)));
    }

    short topicReplicationFactor() {
        return Short.parseShort(props.getProperty(TOPIC_REPLICATION_FACTOR, String.valueOf(DEFAULT_REPLICATION_FACTOR)));
    }

    Duration pollTimeout() {
        String ms = props.getProperty(POLL_MS);
        return ms == null ? DEFAULT_POLL : Duration.ofMillis(Long.parseLong(ms));
    }

    /** The properties this client knows, then the ones prefixed for it, which win. */
    private Properties client(Set<String> known, String prefix) {
        Properties c = new Properties();
        for (String name : props.stringPropertyNames()) {
            if (known.contains(name)) {
                c.setProperty(name, props.getProperty(name));
            }
        }
        for (String name : props.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                c.setProperty(name.substring(prefix.length()), props.getProperty(name));
            }
        }
        return c;
    }
}
