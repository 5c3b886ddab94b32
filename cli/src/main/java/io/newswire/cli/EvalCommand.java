package io.newswire.cli;

import io.newswire.engine.EnrichmentEngine;
import io.newswire.eval.EvalFiles;
import io.newswire.eval.EvalReport;
import io.newswire.eval.EvalResult;
import io.newswire.eval.GoldArticle;
import io.newswire.eval.PredictedArticle;
import io.newswire.eval.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the extraction against gold files as GUIDELINES.md says and prints the report.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOption engine;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Directory of *.gold.json files.")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Articles to extract and score (default: seeds/ of the newswire checkout).")
    Path articles;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this JSON Lines prediction file instead of running the extraction.")
    Path predictions;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (predictions != null && articles != null) {
            throw new ParameterException(spec.commandLine(), "--articles and --predictions exclude each other");
        }
        List<GoldArticle> goldArticles = EvalFiles.readGold(gold);
        PrintWriter out = spec.commandLine().getOut();
        List<PredictedArticle> predicted;
        if (predictions != null) {
            predicted = EvalFiles.readPredictions(predictions);
            if (!json) {
                out.println("predictions: " + predictions);
            }
        } else {
            EnrichmentEngine selected = engine.load();
            predicted = new Extraction(selected, spec.commandLine().getErr())
                    .run(ArticleFiles.expand(List.of(articles == null ? ArticleFiles.defaultFolder() : articles)));
            if (!json) {
                out.println("predictions: " + selected.getClass().getName() + " version " + selected.version());
            }
        }
        EvalResult result = Scorer.score(goldArticles, predicted);
        out.print(json ? EvalReport.json(result) + System.lineSeparator() : System.lineSeparator() + EvalReport.text(result));
        out.flush();
        return 0;
    }
}
