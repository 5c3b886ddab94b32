package io.newswire.engine;

/**
 * Turns one article's raw text into entities, attributed statements and stance. Implementations
 * are thread-safe and deterministic: the same input always gives the same output.
 */
public interface EnrichmentEngine {

    /**
     * @throws RejectedArticleException when the text cannot be enriched (empty, binary, too
     *     large); the reason says which, for the dead-letter topic
     */
    Enrichment enrich(ArticleText article) throws RejectedArticleException;

    /** Version of the extraction rules and models, recorded on every enriched article. */
    String version();
}
