package io.newswire.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** One line of a prediction file (see GUIDELINES.md, "The prediction file"). */
@JsonPropertyOrder({"article", "entities", "statements"})
public record PredictedArticle(String article, List<EntityLabel> entities, List<StatementLabel> statements) {

    public PredictedArticle {
        Objects.requireNonNull(article, "article");
        entities = entities == null ? List.of() : List.copyOf(entities);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    static PredictedArticle empty(String article) {
        return new PredictedArticle(article, List.of(), List.of());
    }
}
