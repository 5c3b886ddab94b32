package io.newswire.cli;

import io.newswire.eval.PredictedArticle;
import io.newswire.eval.PredictionWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Runs the engine over articles and prints predictions as JSON Lines, one per article.",
            "Exit status 1 when the engine rejected an article (reported on stderr); the others are still printed."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOption engine;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE", description = "Article files, or directories whose *.txt are read in name order.")
    List<Path> articles;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the predictions to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Extraction extraction = new Extraction(engine.load(), spec.commandLine().getErr());
        List<PredictedArticle> predictions = extraction.run(ArticleFiles.expand(articles));
        if (output == null) {
            write(predictions, spec.commandLine().getOut());
        } else {
            try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(predictions, file);
            }
        }
        return extraction.skipped() == 0 ? 0 : 1;
    }

    private static void write(List<PredictedArticle> predictions, Writer out) throws IOException {
        for (PredictedArticle prediction : predictions) {
            out.write(PredictionWriter.toJsonLine(prediction));
            out.write('\n');
        }
        out.flush();
    }
}
