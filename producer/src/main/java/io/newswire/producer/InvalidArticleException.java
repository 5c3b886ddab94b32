package io.newswire.producer;

import io.newswire.schema.DeadLetterHeaders;

/**
 * A file that cannot become a {@code RawArticle}: it is never published to the raw topic but
 * dead-lettered, with {@link #reason()} as its {@link DeadLetterHeaders#REASON}.
 */
public final class InvalidArticleException extends Exception {

    private final String reason;

    public InvalidArticleException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public InvalidArticleException(String reason, String message) {
        this(reason, message, null);
    }

    /**
     * A stable code: {@link DeadLetterHeaders#UNREADABLE}, {@link DeadLetterHeaders#NOT_UTF8} or
     * {@link DeadLetterHeaders#EMPTY}.
     */
    public String reason() {
        return reason;
    }
}
