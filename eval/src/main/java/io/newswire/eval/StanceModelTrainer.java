package io.newswire.eval;

import io.newswire.engine.Polarity;
import io.newswire.engine.StatementKind;
import io.newswire.engine.rules.StanceTraining;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the engine's stance model ({@code stance-model.txt}) on gold files: every statement
 * the engine finds that matches a gold statement (as {@link Scorer} matches them), paired with
 * every actor the engine considers for it, is an example labelled with the gold stance toward
 * that actor (resolved through the gold aliases). Two L2-regularised logistic regressions,
 * oppose and support, are fitted by full-batch gradient descent from zero, so the same data
 * always gives the same weights.
 */
public final class StanceModelTrainer {

    private static final double L2 = 1.0;
    private static final int ITERATIONS = 6000;
    private static final double RATE = 1.0;

    /** One statement and actor: the set and article it comes from, the gold statement it matched, the resolved actor. */
    record Example(String set, String article, int goldStatement, String target, Polarity cue, double[] features,
            Polarity gold) {
    }

    /** Examples of several sets, and the gold stance triples of their matched statements. */
    public static final class Data {
        private final List<Example> examples = new ArrayList<>();
        private final Map<String, Set<String>> goldTriplesBySet = new LinkedHashMap<>();

        /** Adds one article of a set: its gold file and its raw text. */
        public void add(String set, GoldArticle gold, String raw) {
            List<StanceTraining.Statement> statements = StanceTraining.statements(raw);
            List<StatementLabel> predicted = statements.stream()
                    .map(s -> new StatementLabel(null, StatementKind.INDIRECT, raw.substring(s.start(), s.end()), List.of()))
                    .toList();
            Set<String> goldTriples = goldTriplesBySet.computeIfAbsent(set, k -> new HashSet<>());
            EntityResolver resolver = new EntityResolver(gold.entities());
            for (Scorer.Match m : Scorer.match(predicted, gold.statements())) {
                List<StanceLabel> stance = gold.statements().get(m.gold()).stance();
                stance.forEach(s -> goldTriples.add(triple(gold.article(), m.gold(), s.target(), s.polarity())));
                for (StanceTraining.Candidate c : statements.get(m.predicted()).candidates()) {
                    String target = resolver.resolve(c.target()).map(GoldEntity::name).orElse("?" + c.target());
                    Polarity label = stance.stream().filter(s -> s.target().equals(target))
                            .map(StanceLabel::polarity).findFirst().orElse(null);
                    examples.add(new Example(set, gold.article(), m.gold(), target, c.cue(), c.features(), label));
                }
            }
        }

        public int size() {
            return examples.size();
        }

        public List<String> sets() {
            return List.copyOf(goldTriplesBySet.keySet());
        }
    }

    /** Logistic weights for oppose and support, and the probability at which an actor is added. */
    public record Model(double[] oppose, double[] support, double threshold) {

        /** The model file the engine reads, after a header of comment lines. */
        public String file(List<String> header) {
            StringBuilder out = new StringBuilder();
            header.forEach(line -> out.append("# ").append(line).append('\n'));
            out.append(String.format(Locale.ROOT, "threshold %.2f%n", threshold));
            List<String> names = StanceTraining.featureNames();
            for (int k = 0; k < names.size(); k++) {
                out.append(String.format(Locale.ROOT, "weight OPPOSE %s %.4f%n", names.get(k), oppose[k]));
            }
            for (int k = 0; k < names.size(); k++) {
                out.append(String.format(Locale.ROOT, "weight SUPPORT %s %.4f%n", names.get(k), support[k]));
            }
            StanceTraining.check(out.toString().lines().toList());
            return out.toString();
        }
    }

    /** Stance precision, recall and F1 of a model on one set (matched statements only, as the scorer counts). */
    public record SetScore(String set, Prf cuesOnly, Prf withModel) {
    }

    private StanceModelTrainer() {
    }

    public static Model train(Data data, double threshold) {
        return train(data.examples, threshold);
    }

    /** For each set, a model trained on every other set, scored on it: what the model does on articles it has not seen. */
    public static List<SetScore> crossValidate(Data data, double threshold) {
        List<SetScore> out = new ArrayList<>();
        for (String held : data.sets()) {
            List<Example> training = data.examples.stream().filter(e -> !e.set().equals(held)).toList();
            List<Example> test = data.examples.stream().filter(e -> e.set().equals(held)).toList();
            Set<String> gold = data.goldTriplesBySet.get(held);
            out.add(new SetScore(held, score(test, gold, null), score(test, gold, train(training, threshold))));
        }
        return out;
    }

    private static Model train(List<Example> examples, double threshold) {
        return new Model(fit(examples, Polarity.OPPOSE), fit(examples, Polarity.SUPPORT), threshold);
    }

    /** Full-batch gradient descent on the L2-regularised log loss; the bias is not regularised. */
    private static double[] fit(List<Example> examples, Polarity positive) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("nothing to train on: no statement the engine finds matches a gold statement");
        }
        int size = StanceTraining.featureNames().size();
        double[] w = new double[size];
        double[] gradient = new double[size];
        int n = examples.size();
        for (int it = 0; it < ITERATIONS; it++) {
            java.util.Arrays.fill(gradient, 0);
            for (Example e : examples) {
                double error = StanceTraining.probability(w, e.features()) - (e.gold() == positive ? 1 : 0);
                for (int k = 0; k < size; k++) {
                    gradient[k] += error * e.features()[k];
                }
            }
            for (int k = 0; k < size; k++) {
                double penalty = k == 0 ? 0 : L2 * w[k];
                w[k] -= RATE * (gradient[k] + penalty) / n;
            }
        }
        return w;
    }

    /** The stance triples of the examples' statements, by the cue rules alone (model null) or with the model, against gold. */
    private static Prf score(List<Example> examples, Set<String> gold, Model model) {
        Set<String> predicted = new HashSet<>();
        for (Example e : examples) {
            Polarity p = e.cue() != null ? e.cue() : model == null ? null : predict(model, e.features());
            if (p != null) {
                predicted.add(triple(e.article(), e.goldStatement(), e.target(), p));
            }
        }
        int tp = (int) predicted.stream().filter(gold::contains).count();
        return new Prf(tp, predicted.size(), gold.size());
    }

    private static Polarity predict(Model model, double[] x) {
        return StanceTraining.decide(model.oppose(), model.support(), model.threshold(), x);
    }

    private static String triple(String article, int statement, String target, Polarity polarity) {
        return article + '\u0000' + statement + '\u0000' + target + '\u0000' + polarity;
    }
}
