package io.newswire.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Renders an {@link EvalResult} as a readable table or as JSON. */
public final class EvalReport {

    private static final List<String> TASKS = List.of("statements", "attribution", "entities", "stance");

    private EvalReport() {
    }

    public static String text(EvalResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-28s %6s %6s %6s %7s %7s %7s%n", "", "TP", "pred", "gold", "P", "R", "F1"));
        appendScores(out, "overall (micro)", result.overall());
        for (ArticleScores article : result.articles()) {
            appendScores(out, article.article(), article);
        }
        if (!result.unscoredArticles().isEmpty()) {
            out.append("not scored (no gold file): ").append(String.join(", ", result.unscoredArticles())).append('\n');
        }
        int gold = result.goldStatementsOfNamedSpeakers();
        int error = result.actors().stream().mapToInt(ActorCount::error).sum();
        out.append(String.format(Locale.ROOT, "%nper-actor count error: %s (sum |pred - gold| = %d, gold statements of named speakers = %d)%n",
                format(result.countError()), error, gold));
        int width = Math.max(5, result.actors().stream().mapToInt(a -> a.actor().length()).max().orElse(0));
        out.append(String.format(Locale.ROOT, "  %-" + width + "s %5s %5s %6s%n", "actor", "gold", "pred", "|diff|"));
        for (ActorCount actor : result.actors()) {
            out.append(String.format(Locale.ROOT, "  %-" + width + "s %5d %5d %6d%n",
                    actor.actor(), actor.gold(), actor.predicted(), actor.error()));
        }
        return out.toString();
    }

    public static String json(EvalResult result) {
        ObjectNode root = EvalJson.MAPPER.createObjectNode();
        root.set("overall", scores(EvalJson.MAPPER.createObjectNode(), result.overall()));
        ArrayNode articles = root.putArray("articles");
        result.articles().forEach(a -> scores(articles.addObject().put("article", a.article()), a));
        double countError = result.countError();
        if (Double.isNaN(countError)) {
            root.putNull("countError");
        } else {
            root.put("countError", countError);
        }
        ArrayNode actors = root.putArray("actors");
        result.actors().forEach(a -> actors.addObject().put("actor", a.actor()).put("gold", a.gold()).put("predicted", a.predicted()));
        ArrayNode unscored = root.putArray("unscoredArticles");
        result.unscoredArticles().forEach(unscored::add);
        try {
            return EvalJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void appendScores(StringBuilder out, String heading, ArticleScores scores) {
        out.append(heading).append('\n');
        List<Prf> rows = rows(scores);
        for (int i = 0; i < TASKS.size(); i++) {
            Prf prf = rows.get(i);
            out.append(String.format(Locale.ROOT, "  %-26s %6d %6d %6d %7.3f %7.3f %7.3f%n",
                    TASKS.get(i), prf.tp(), prf.predicted(), prf.gold(), prf.precision(), prf.recall(), prf.f1()));
        }
    }

    private static ObjectNode scores(ObjectNode node, ArticleScores scores) {
        List<Prf> rows = rows(scores);
        for (int i = 0; i < TASKS.size(); i++) {
            Prf prf = rows.get(i);
            node.putObject(TASKS.get(i))
                    .put("tp", prf.tp()).put("predicted", prf.predicted()).put("gold", prf.gold())
                    .put("precision", prf.precision()).put("recall", prf.recall()).put("f1", prf.f1());
        }
        return node;
    }

    private static List<Prf> rows(ArticleScores scores) {
        return List.of(scores.statements(), scores.attribution(), scores.entities(), scores.stance());
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
