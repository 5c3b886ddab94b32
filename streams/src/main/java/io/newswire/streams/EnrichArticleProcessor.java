package io.newswire.streams;

import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.RejectedArticleException;
import io.newswire.schema.ArticleStatementIds;
import io.newswire.schema.DeadLetterHeaders;
import io.newswire.schema.EnrichedArticle;
import io.newswire.schema.PublicationStatus;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Statement;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches one raw article, emits it, and brings the article's statements up to date: upserts
 * for the current ones, tombstones for those the new version (or a retraction) withdrew. The
 * store remembers each article's latest version and statement ids; an older version is ignored.
 */
final class EnrichArticleProcessor implements Processor<String, RawArticle, String, SpecificRecord> {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichArticleProcessor.class);

    private final EnrichmentEngine engine;
    private final String storeName;
    private final String enrichedSink;
    private final String statementsSink;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, ArticleStatementIds> store;

    EnrichArticleProcessor(EnrichmentEngine engine, String storeName, String enrichedSink, String statementsSink) {
        this.engine = engine;
        this.storeName = storeName;
        this.enrichedSink = enrichedSink;
        this.statementsSink = statementsSink;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        RawArticle raw = record.value();
        if (raw == null) {
            LOG.warn("Skipping a tombstone for article {}: articles are withdrawn by a RETRACTED version", record.key());
            return;
        }
        String articleId = raw.getArticleId();
        if (!articleId.equals(record.key())) {
            throw new UnprocessableArticleException(DeadLetterHeaders.INVALID_KEY,
                    "Key " + record.key() + " is not the article id " + articleId, null);
        }
        ArticleStatementIds previous = store.get(articleId);
        if (previous != null && raw.getVersion() < previous.getVersion()) {
            LOG.warn("Ignoring version {} of article {}: version {} is already processed",
                    raw.getVersion(), articleId, previous.getVersion());
            return;
        }
        EnrichedArticle enriched = enrich(raw, Instant.ofEpochMilli(record.timestamp()));
        context.forward(record.withValue(enriched), enrichedSink);

        StatementChanges changes = StatementChanges.between(
                previous == null ? List.of() : previous.getStatementIds(), enriched.getStatements());
        for (String statementId : changes.tombstones()) {
            context.forward(record.withKey(statementId).<Statement>withValue(null), statementsSink);
        }
        for (Statement statement : changes.upserts()) {
            context.forward(record.withKey(statement.getStatementId()).withValue(statement), statementsSink);
        }
        store.put(articleId, new ArticleStatementIds(raw.getVersion(), changes.currentIds()));
    }

    private EnrichedArticle enrich(RawArticle raw, Instant at) {
        if (raw.getStatus() == PublicationStatus.RETRACTED) {
            return EnrichedArticleMapper.toEnrichedArticle(raw, EnrichedArticleMapper.NOTHING, engine.version(), at);
        }
        try {
            // mapping too: a result that does not fit the schema is the engine's failure on this article
            Enrichment enrichment = engine.enrich(new ArticleText(raw.getArticleId(), raw.getBody()));
            return EnrichedArticleMapper.toEnrichedArticle(raw, enrichment, engine.version(), at);
        } catch (RejectedArticleException e) {
            throw new UnprocessableArticleException(e.reason().name(), e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UnprocessableArticleException(DeadLetterHeaders.ENGINE_FAILURE,
                    "Engine " + engine.version() + " failed: " + e, e);
        }
    }
}
