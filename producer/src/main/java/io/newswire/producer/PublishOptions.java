package io.newswire.producer;

import io.newswire.schema.PublicationStatus;
import java.util.Objects;

/**
 * What the producer stamps on every article it publishes.
 *
 * @param source the feed name, or null to use the name of each file's folder
 * @param version the article version; corrections publish the same file with a higher one
 * @param status PUBLISHED for new articles, CORRECTED or RETRACTED for later versions
 */
public record PublishOptions(String source, int version, PublicationStatus status) {

    public PublishOptions {
        if (version < 1) {
            throw new IllegalArgumentException("Article version must be at least 1, was " + version);
        }
        Objects.requireNonNull(status, "status");
    }

    public static PublishOptions defaults() {
        return new PublishOptions(null, 1, PublicationStatus.PUBLISHED);
    }
}
