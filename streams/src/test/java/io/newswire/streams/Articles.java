package io.newswire.streams;

import io.newswire.schema.PublicationStatus;
import io.newswire.schema.RawArticle;
import java.time.Instant;

/** Raw articles for tests. */
final class Articles {

    private Articles() {
    }

    static RawArticle article(String id, int version, String... lines) {
        return article(id, version, PublicationStatus.PUBLISHED, lines);
    }

    static RawArticle retracted(String id, int version) {
        return article(id, version, PublicationStatus.RETRACTED);
    }

    static RawArticle article(String id, int version, PublicationStatus status, String... lines) {
        String body = String.join("\n", lines);
        return RawArticle.newBuilder()
                .setArticleId(id)
                .setVersion(version)
                .setStatus(status)
                .setSource("test")
                .setHeadline("Headline of " + id)
                .setBody(body)
                .setIngestedAt(Instant.ofEpochMilli(1_000))
                .setContentHash("hash-" + body.hashCode())
                .build();
    }
}
