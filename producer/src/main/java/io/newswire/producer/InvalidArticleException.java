package io.newswire.producer;

import java.nio.file.Path;

/** A file that cannot become a {@code RawArticle}: it is reported and skipped, never published. */
public final class InvalidArticleException extends Exception {

    private final transient Path file;

    public InvalidArticleException(Path file, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
    }

    public InvalidArticleException(Path file, String reason) {
        this(file, reason, null);
    }

    public Path file() {
        return file;
    }
}
