package io.newswire.cli;

import io.newswire.engine.ArticleText;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.RejectedArticleException;
import io.newswire.eval.PredictedArticle;
import io.newswire.eval.PredictionWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine over article files, one prediction per article named by its file name. An
 * article the engine rejects, or fails on, is reported and skipped, so the others are still
 * extracted, as the streams topology dead-letters it and goes on.
 */
final class Extraction {

    private final EnrichmentEngine engine;
    private final PrintWriter err;
    private int skipped;

    Extraction(EnrichmentEngine engine, PrintWriter err) {
        this.engine = engine;
        this.err = err;
    }

    List<PredictedArticle> run(List<Path> files) throws IOException {
        List<PredictedArticle> predictions = new ArrayList<>();
        for (Path file : files) {
            String article = file.getFileName().toString();
            // Decoding replaces malformed bytes, so the engine, not the reader, judges binary input.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            try {
                predictions.add(PredictionWriter.toPrediction(article, engine.enrich(new ArticleText(article, text))));
            } catch (RejectedArticleException e) {
                skipped++;
                err.println("rejected " + file + " (" + e.reason() + "): " + e.getMessage());
            } catch (RuntimeException e) {
                skipped++;
                err.println("failed " + file + ": engine " + engine.version() + " failed: " + e);
                e.printStackTrace(err);
            }
        }
        return predictions;
    }

    /** Articles rejected or failed on. */
    int skipped() {
        return skipped;
    }
}
