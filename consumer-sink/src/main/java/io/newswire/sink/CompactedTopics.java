package io.newswire.sink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure the sink's target topics exist and are compacted before anything is written. */
public final class CompactedTopics {

    private static final Logger LOG = LoggerFactory.getLogger(CompactedTopics.class);

    private final Admin admin;
    private final int partitions;
    private final short replicationFactor;
    private final Duration timeout;

    public CompactedTopics(Admin admin, int partitions, short replicationFactor, Duration timeout) {
        this.admin = admin;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.timeout = timeout;
    }

    /**
     * Creates the missing topics with {@code cleanup.policy=compact} and checks that every topic
     * that already existed is compacted.
     *
     * @throws TopicNotCompactedException naming the first topic that is not compacted
     */
    public void ensure(Collection<String> topics) {
        Set<String> existing = await(admin.listTopics().names());
        List<String> toCheck = new ArrayList<>();
        List<NewTopic> missing = new ArrayList<>();
        for (String topic : topics) {
            if (existing.contains(topic)) {
                toCheck.add(topic);
            } else {
                missing.add(newTopic(topic));
            }
        }
        if (!missing.isEmpty()) {
            toCheck.addAll(create(missing));
        }
        if (!toCheck.isEmpty()) {
            requireCompacted(cleanupPolicies(toCheck));
        }
    }

    NewTopic newTopic(String name) {
        // every target of the sink is compacted whatever its name: a public topic that expires keys would lose actors
        return new NewTopic(name, partitions, replicationFactor)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    /**
     * Topics created here are compacted by construction, and describing them right away can race
     * with metadata propagation on a larger cluster, so only topics someone else created in the
     * meantime are returned, for checking.
     */
    private List<String> create(List<NewTopic> missing) {
        List<String> createdElsewhere = new ArrayList<>();
        admin.createTopics(missing).values().forEach((topic, created) -> {
            try {
                await(created);
                LOG.info("Created compacted topic {} ({} partitions, replication factor {})",
                        topic, partitions, replicationFactor);
            } catch (KafkaException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                createdElsewhere.add(topic);
            }
        });
        return createdElsewhere;
    }

    private Map<String, String> cleanupPolicies(Collection<String> topics) {
        List<ConfigResource> resources = topics.stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic))
                .toList();
        Map<ConfigResource, Config> configs = await(admin.describeConfigs(resources).all());
        return configs.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().name(),
                e -> {
                    ConfigEntry policy = e.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG);
                    return policy == null || policy.value() == null ? "" : policy.value();
                }));
    }

    /**
     * Accepts only topics whose policy is exactly {@code compact}: {@code compact,delete} would
     * also drop the latest value of a key once it is older than the retention time.
     *
     * @param policies cleanup.policy by topic name, as described by the broker
     */
    static void requireCompacted(Map<String, String> policies) {
        policies.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .filter(e -> !isCompactOnly(e.getValue()))
                .findFirst()
                .ifPresent(e -> {
                    throw new TopicNotCompactedException(e.getKey(), e.getValue());
                });
    }

    static boolean isCompactOnly(String policy) {
        Set<String> policies = Arrays.stream(policy.split(","))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .collect(Collectors.toSet());
        return policies.equals(Set.of(TopicConfig.CLEANUP_POLICY_COMPACT));
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw new InterruptException("Interrupted while preparing the public topics", e);
        } catch (ExecutionException e) {
            throw new KafkaException("Preparing the public topics failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new org.apache.kafka.common.errors.TimeoutException(
                    "No answer from the cluster within " + timeout + " while preparing the public topics", e);
        }
    }
}
