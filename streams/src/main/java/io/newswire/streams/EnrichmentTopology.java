package io.newswire.streams;

import io.newswire.engine.EnrichmentEngine;
import io.newswire.schema.ArticleStatementIds;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Statement;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * Raw articles in; enriched articles and the current statements out. One processor writes both
 * outputs so that an article's statements change in the same step as its enriched version.
 */
public final class EnrichmentTopology {

    public static final String SOURCE = "raw-articles-source";
    public static final String PROCESSOR = "enrich-article";
    /** Article id to the version and statement ids last emitted for it. */
    public static final String STORE = "article-statement-ids";
    public static final String ENRICHED_SINK = "enriched-articles-sink";
    public static final String STATEMENTS_SINK = "statements-sink";

    private EnrichmentTopology() {
    }

    public static Topology build(Topics topics, Serde<ArticleStatementIds> statementIdsSerde, EnrichmentEngine engine) {
        Topic<String, RawArticle> raw = topics.rawArticles();
        Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
        Topic<String, Statement> statements = topics.statements();
        return new Topology()
                .addSource(SOURCE, raw.keySerde().deserializer(), raw.valueSerde().deserializer(), raw.name())
                .addProcessor(PROCESSOR, () -> new EnrichArticleProcessor(engine, STORE, ENRICHED_SINK, STATEMENTS_SINK),
                        SOURCE)
                .addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE),
                        raw.keySerde(), statementIdsSerde), PROCESSOR)
                .addSink(ENRICHED_SINK, enriched.name(), enriched.keySerde().serializer(),
                        enriched.valueSerde().serializer(), PROCESSOR)
                .addSink(STATEMENTS_SINK, statements.name(), statements.keySerde().serializer(),
                        statements.valueSerde().serializer(), PROCESSOR);
    }
}
