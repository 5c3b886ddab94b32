package io.newswire.schema;

import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every topic of the pipeline with its key and value serdes. Topic names are part of the
 * public contract: renaming one is a breaking change for downstream services.
 */
public final class Topics {

    /** Raw articles from the producer, keyed by article id. */
    public static final String RAW_ARTICLES = "newswire.articles.raw";
    /** Enriched articles from the streams app, keyed by article id. */
    public static final String ENRICHED_ARTICLES = "newswire.articles.enriched";
    /** Current statements keyed by statement id; a tombstone withdraws a statement. */
    public static final String STATEMENTS = "newswire.statements";
    /** Per-actor statement counts from the streams app, keyed by actor id. */
    public static final String ACTOR_COUNTS = "newswire.actor-counts";
    /** Records that could not be processed, with the reason in headers. */
    public static final String DEAD_LETTERS = "newswire.dead-letters";
    /** Public compacted topic of enriched articles, written by the sink. */
    public static final String PUBLIC_ENRICHED_ARTICLES = "newswire.public.articles.enriched";
    /** Public compacted topic of per-actor counts, written by the sink. */
    public static final String PUBLIC_ACTOR_COUNTS = "newswire.public.actor-counts";

    /**
     * Topics that hold the latest value per key: consumers may rebuild state from them, so a
     * key's last value must never expire. The raw articles and dead letters are logs.
     */
    private static final Set<String> COMPACTED = Set.of(ENRICHED_ARTICLES, STATEMENTS, ACTOR_COUNTS,
            PUBLIC_ENRICHED_ARTICLES, PUBLIC_ACTOR_COUNTS);

    private final Topic<String, RawArticle> rawArticles;
    private final Topic<String, EnrichedArticle> enrichedArticles;
    private final Topic<String, Statement> statements;
    private final Topic<String, ActorStatementCount> actorCounts;
    private final Topic<byte[], byte[]> deadLetters;
    private final Topic<String, EnrichedArticle> publicEnrichedArticles;
    private final Topic<String, ActorStatementCount> publicActorCounts;

    public Topics(AvroSerdes avro) {
        Serde<String> key = Serdes.String();
        Serde<EnrichedArticle> enriched = avro.valueSerde(EnrichedArticle.class);
        Serde<ActorStatementCount> counts = avro.valueSerde(ActorStatementCount.class);
        this.rawArticles = new Topic<>(RAW_ARTICLES, key, avro.valueSerde(RawArticle.class));
        this.enrichedArticles = new Topic<>(ENRICHED_ARTICLES, key, enriched);
        this.statements = new Topic<>(STATEMENTS, key, avro.valueSerde(Statement.class));
        this.actorCounts = new Topic<>(ACTOR_COUNTS, key, counts);
        this.deadLetters = new Topic<>(DEAD_LETTERS, Serdes.ByteArray(), Serdes.ByteArray());
        this.publicEnrichedArticles = new Topic<>(PUBLIC_ENRICHED_ARTICLES, key, enriched);
        this.publicActorCounts = new Topic<>(PUBLIC_ACTOR_COUNTS, key, counts);
    }

    public Topic<String, RawArticle> rawArticles() {
        return rawArticles;
    }

    public Topic<String, EnrichedArticle> enrichedArticles() {
        return enrichedArticles;
    }

    public Topic<String, Statement> statements() {
        return statements;
    }

    public Topic<String, ActorStatementCount> actorCounts() {
        return actorCounts;
    }

    public Topic<byte[], byte[]> deadLetters() {
        return deadLetters;
    }

    public Topic<String, EnrichedArticle> publicEnrichedArticles() {
        return publicEnrichedArticles;
    }

    public Topic<String, ActorStatementCount> publicActorCounts() {
        return publicActorCounts;
    }

    public List<Topic<?, ?>> all() {
        return List.of(rawArticles, enrichedArticles, statements, actorCounts, deadLetters,
                publicEnrichedArticles, publicActorCounts);
    }

    /** The {@code cleanup.policy} a pipeline topic is created with: part of the contract. */
    public static String cleanupPolicy(String topic) {
        return COMPACTED.contains(topic) ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
    }
}
