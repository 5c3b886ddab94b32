package io.newswire.cli;

import io.newswire.eval.EvalFiles;
import io.newswire.eval.GoldArticle;
import io.newswire.eval.Prf;
import io.newswire.eval.StanceModelTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train-stance", mixinStandardHelpOptions = true,
        description = {"Trains the engine's stance model on gold sets and prints, for each set, the stance F1 of a model",
            "trained on the other sets; with --output, writes the model trained on all of them (the engine's",
            "stance-model.txt)."})
final class TrainStanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "GOLD_DIR=ARTICLES_DIR",
            description = "A set: its directory of *.gold.json files and the directory of their articles.")
    List<String> sets;

    @Option(names = "--threshold", defaultValue = "0.35", paramLabel = "P",
            description = "Probability at which the model adds a stance (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the model trained on every set to FILE.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        StanceModelTrainer.Data data = new StanceModelTrainer.Data();
        for (String set : sets) {
            String[] dirs = set.split("=", 2);
            if (dirs.length != 2) {
                throw new ParameterException(spec.commandLine(), "a set is GOLD_DIR=ARTICLES_DIR: " + set);
            }
            for (GoldArticle gold : EvalFiles.readGold(Path.of(dirs[0]))) {
                // read as the extraction reads: malformed bytes are replaced, not refused
                data.add(set, gold, new String(Files.readAllBytes(Path.of(dirs[1]).resolve(gold.article())), StandardCharsets.UTF_8));
            }
        }
        out.printf(Locale.ROOT, "%d statement-actor pairs from %d sets; threshold %.2f%n%n", data.size(), sets.size(), threshold);
        out.printf(Locale.ROOT, "%-60s %23s   %23s%n", "held-out set: stance P / R / F1", "cue rules", "cue rules + model");
        Prf cues = Prf.ZERO;
        Prf model = Prf.ZERO;
        for (StanceModelTrainer.SetScore s : StanceModelTrainer.crossValidate(data, threshold)) {
            out.printf(Locale.ROOT, "%-60s %s   %s%n", s.set(), figures(s.cuesOnly()), figures(s.withModel()));
            cues = cues.plus(s.cuesOnly());
            model = model.plus(s.withModel());
        }
        out.printf(Locale.ROOT, "%-60s %s   %s%n", "all", figures(cues), figures(model));
        if (output != null) {
            List<String> header = new ArrayList<>(List.of(
                    "The stance model of the rule-based engine (StanceModel): logistic weights over StanceFeatures.",
                    "Written by: newswire train-stance --threshold " + threshold + " -o FILE \\"));
            sets.forEach(s -> header.add("    " + s));
            header.add(String.format(Locale.ROOT, "Held out one set at a time: stance F1 %.3f with the cue rules alone, %.3f with the model.",
                    cues.f1(), model.f1()));
            Files.writeString(output, StanceModelTrainer.train(data, threshold).file(header), StandardCharsets.UTF_8);
            out.println();
            out.println("model written to " + output);
        }
        out.flush();
        return 0;
    }

    private static String figures(Prf p) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", p.precision(), p.recall(), p.f1());
    }
}
