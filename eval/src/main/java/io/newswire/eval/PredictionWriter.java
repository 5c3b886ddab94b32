package io.newswire.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newswire.engine.Enrichment;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import java.io.UncheckedIOException;

/**
 * Turns what the engine found in one article into one line of a prediction file, fields in the
 * order GUIDELINES.md shows them, so that the same enrichment always gives the same bytes.
 */
public final class PredictionWriter {

    private PredictionWriter() {
    }

    public static PredictedArticle toPrediction(String article, Enrichment enrichment) {
        return new PredictedArticle(
                article,
                enrichment.entities().stream().map(e -> new EntityLabel(e.name(), e.type())).toList(),
                enrichment.statements().stream().map(PredictionWriter::toLabel).toList());
    }

    /** One JSON object on one line, without the line break. */
    public static String toJsonLine(PredictedArticle prediction) {
        try {
            return EvalJson.MAPPER.writeValueAsString(prediction);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StatementLabel toLabel(Statement statement) {
        return new StatementLabel(
                statement.speaker() == null ? null : statement.speaker().name(),
                statement.kind(),
                statement.text(),
                statement.stance().stream().map(PredictionWriter::toLabel).toList());
    }

    private static StanceLabel toLabel(Stance stance) {
        return new StanceLabel(stance.target().name(), stance.polarity());
    }
}
