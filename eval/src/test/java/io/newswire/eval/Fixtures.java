package io.newswire.eval;

import io.newswire.engine.EntityType;
import io.newswire.engine.Polarity;
import io.newswire.engine.StatementKind;
import java.util.Arrays;
import java.util.List;

/** Terse builders for hand-made gold and prediction cases. */
final class Fixtures {

    private Fixtures() {
    }

    static GoldEntity person(String name, String... aliases) {
        return new GoldEntity(name, EntityType.PERSON, Arrays.asList(aliases));
    }

    static GoldEntity org(String name, String... aliases) {
        return new GoldEntity(name, EntityType.ORG, Arrays.asList(aliases));
    }

    static GoldEntity location(String name, String... aliases) {
        return new GoldEntity(name, EntityType.LOCATION, Arrays.asList(aliases));
    }

    static StatementLabel said(String speaker, String text, StanceLabel... stance) {
        return new StatementLabel(speaker, StatementKind.INDIRECT, text, List.of(stance));
    }

    static StanceLabel support(String target) {
        return new StanceLabel(target, Polarity.SUPPORT);
    }

    static StanceLabel oppose(String target) {
        return new StanceLabel(target, Polarity.OPPOSE);
    }

    static GoldArticle gold(String article, List<GoldEntity> entities, StatementLabel... statements) {
        return new GoldArticle(article, "Title", List.of(), entities, List.of(statements));
    }

    static PredictedArticle predicted(String article, List<EntityLabel> entities, StatementLabel... statements) {
        return new PredictedArticle(article, entities, List.of(statements));
    }

    static PredictedArticle predicted(String article, StatementLabel... statements) {
        return predicted(article, List.of(), statements);
    }

    static EntityLabel entity(String name, EntityType type) {
        return new EntityLabel(name, type);
    }
}
