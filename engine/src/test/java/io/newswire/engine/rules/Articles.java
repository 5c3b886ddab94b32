package io.newswire.engine.rules;

import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.Entity;
import io.newswire.engine.RejectedArticleException;
import io.newswire.engine.Statement;
import java.util.List;

/** Test helpers: enrich a synthetic story under a headline, and look things up in the result. */
final class Articles {

    static final RuleBasedEnrichmentEngine ENGINE = new RuleBasedEnrichmentEngine();
    /** The engine with stance left to the cue rules, for tests of the rules themselves. */
    static final RuleBasedEnrichmentEngine CUE_RULES = new RuleBasedEnrichmentEngine(
            RuleBasedEnrichmentEngine.DEFAULT_MAX_CHARS, StanceModel.NONE);

    private Articles() {
    }

    static Enrichment story(String... paragraphs) {
        return story(ENGINE, paragraphs);
    }

    static Enrichment story(RuleBasedEnrichmentEngine engine, String... paragraphs) {
        String text = "Synthetic Test Headline About Nothing In Particular\n\n" + String.join("\n\n", paragraphs) + "\n";
        try {
            return engine.enrich(new ArticleText("test", text));
        } catch (RejectedArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    static Statement statement(Enrichment e, String textPart) {
        return e.statements().stream().filter(s -> s.text().contains(textPart)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement containing '" + textPart + "' in " + texts(e)));
    }

    static String speaker(Enrichment e, String textPart) {
        Statement s = statement(e, textPart);
        return s.speaker() == null ? null : s.speaker().name();
    }

    static List<String> texts(Enrichment e) {
        return e.statements().stream().map(Statement::text).toList();
    }

    static Entity entity(Enrichment e, String name) {
        return e.entities().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + name + "' in "
                        + e.entities().stream().map(Entity::name).toList()));
    }

    static List<String> names(Enrichment e) {
        return e.entities().stream().map(Entity::name).toList();
    }
}
