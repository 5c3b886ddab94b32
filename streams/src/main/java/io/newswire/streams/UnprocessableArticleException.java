package io.newswire.streams;

/**
 * An article that cannot be enriched. Thrown out of the enrichment processor so that
 * {@link EnrichmentDeadLetterHandler} can dead-letter the original raw record, whose bytes only
 * the error handler sees.
 */
final class UnprocessableArticleException extends RuntimeException {

    private final String reason;

    UnprocessableArticleException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** A stable code for {@link DeadLetterHeaders#REASON}. */
    String reason() {
        return reason;
    }
}
