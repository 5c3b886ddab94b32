package io.newswire.engine;

import java.util.Objects;

/** The input of the engine: an article id and the raw text exactly as received. */
public record ArticleText(String articleId, String text) {

    public ArticleText {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
    }
}
