package io.newswire.producer;

import io.newswire.schema.DeadLetterHeaders;
import java.nio.file.Path;

/**
 * A file that cannot become a {@code RawArticle}: it is never published to the raw topic but
 * dead-lettered, with {@link #reason()} as its {@link DeadLetterHeaders#REASON}.
 */
public final class InvalidArticleException extends Exception {

    private final transient Path file;
    private final String reason;

    public InvalidArticleException(Path file, String reason, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.reason = reason;
    }

    public InvalidArticleException(Path file, String reason, String message) {
        this(file, reason, message, null);
    }

    public Path file() {
        return file;
    }

    /**
     * A stable code: {@link DeadLetterHeaders#UNREADABLE}, {@link DeadLetterHeaders#NOT_UTF8} or
     * {@link DeadLetterHeaders#EMPTY}.
     */
    public String reason() {
        return reason;
    }
}
