package io.newswire.eval;

import java.util.List;
import java.util.Objects;

/** One gold file (see GUIDELINES.md, "The gold file"). */
public record GoldArticle(
        String article,
        String title,
        List<String> boilerplate,
        List<GoldEntity> entities,
        List<StatementLabel> statements) {

    public GoldArticle {
        Objects.requireNonNull(article, "article");
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        entities = entities == null ? List.of() : List.copyOf(entities);
        statements = statements == null ? List.of() : List.copyOf(statements);
    }
}
