package io.newswire.engine.rules;

import io.newswire.engine.Polarity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stance the cue rules cannot see: for each statement and each actor it may take a side on, two
 * logistic scores over {@link StanceFeatures} (oppose, support), learned from the development
 * gold by {@code newswire train-stance} and read from {@code stance-model.txt}. An actor whose
 * better score reaches the threshold is added with that polarity; what the cue rules found is
 * kept as it is; the speaker's own side is no candidate ({@link StanceFeatures#candidates}).
 */
final class StanceModel {

    private static final StanceModel INSTANCE = read(Lexicon.lines("stance-model.txt"));
    /** No model: the cue rules' stances as they are. */
    static final StanceModel NONE = new StanceModel(new double[0], new double[0], Double.POSITIVE_INFINITY);

    private final double[] oppose;
    private final double[] support;
    private final double threshold;

    private StanceModel(double[] oppose, double[] support, double threshold) {
        this.oppose = oppose;
        this.support = support;
        this.threshold = threshold;
    }

    static StanceModel get() {
        return INSTANCE;
    }

    /**
     * Reads "threshold P" and one "weight OPPOSE|SUPPORT FEATURE VALUE" line per feature and
     * polarity; a feature the engine does not compute, or one without a weight, is an error, so
     * that a model file never silently falls out of step with the code.
     */
    static StanceModel read(List<String> lines) {
        int size = StanceFeatures.NAMES.size();
        double[] oppose = new double[size];
        double[] support = new double[size];
        boolean[][] seen = new boolean[2][size];
        Double threshold = null;
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            if (parts[0].equals("threshold") && parts.length == 2) {
                threshold = Double.parseDouble(parts[1]);
            } else if (parts[0].equals("weight") && parts.length == 4) {
                int feature = StanceFeatures.NAMES.indexOf(parts[2]);
                int polarity = List.of("OPPOSE", "SUPPORT").indexOf(parts[1]);
                if (feature < 0 || polarity < 0) {
                    throw new IllegalStateException("stance model: unknown weight " + line);
                }
                double weight = Double.parseDouble(parts[3]);
                if (!Double.isFinite(weight)) {
                    throw new IllegalStateException("stance model: weight is not a number: " + line);
                }
                (polarity == 0 ? oppose : support)[feature] = weight;
                seen[polarity][feature] = true;
            } else {
                throw new IllegalStateException("stance model: cannot read " + line);
            }
        }
        for (int p = 0; p < 2; p++) {
            for (int f = 0; f < size; f++) {
                if (!seen[p][f]) {
                    throw new IllegalStateException("stance model: no weight for " + (p == 0 ? "OPPOSE " : "SUPPORT ")
                            + StanceFeatures.NAMES.get(f));
                }
            }
        }
        if (threshold == null) {
            throw new IllegalStateException("stance model: no threshold");
        }
        return new StanceModel(oppose, support, threshold);
    }

    /** The cue rules' stance of statement i, with the actors the model adds. */
    Map<Entities.Cluster, Polarity> extend(int i, Map<Entities.Cluster, Polarity> cues, StanceFeatures features) {
        Map<Entities.Cluster, Polarity> out = new LinkedHashMap<>(cues);
        if (this == NONE) {
            return out;
        }
        for (Entities.Cluster c : features.candidates(i)) {
            if (cues.containsKey(c)) {
                continue;
            }
            Polarity polarity = decide(oppose, support, threshold, features.of(i, c));
            if (polarity != null) {
                out.put(c, polarity);
            }
        }
        return out;
    }

    /** The polarity whose logistic score over x is higher, if it reaches the threshold; else null. */
    static Polarity decide(double[] oppose, double[] support, double threshold, double[] x) {
        double pOppose = probability(oppose, x);
        double pSupport = probability(support, x);
        if (Math.max(pOppose, pSupport) < threshold) {
            return null;
        }
        return pOppose >= pSupport ? Polarity.OPPOSE : Polarity.SUPPORT;
    }

    static double probability(double[] w, double[] x) {
        double z = 0;
        for (int k = 0; k < w.length; k++) {
            z += w[k] * x[k];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
