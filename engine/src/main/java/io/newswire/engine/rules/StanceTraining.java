package io.newswire.engine.rules;

import io.newswire.engine.Polarity;
import java.util.ArrayList;
import java.util.List;

/**
 * What the stance model is trained on: every statement the engine finds in a story, each actor
 * it may take a side on, and their features, exactly as {@link StanceModel} sees them. For
 * {@code newswire train-stance}; enrichment does not use it.
 */
public final class StanceTraining {

    /** A statement at [start, end) of the raw text, and the actors it may take a side on. */
    public record Statement(int start, int end, List<Candidate> candidates) {
    }

    /** An actor, by canonical name, with the cue rules' stance toward it (or null) and the features. */
    public record Candidate(String target, Polarity cue, double[] features) {
    }

    private StanceTraining() {
    }

    /** The names of the features, in the order of {@link Candidate#features()}. */
    public static List<String> featureNames() {
        return StanceFeatures.NAMES;
    }

    public static List<Statement> statements(String raw) {
        Doc doc = new Doc(raw);
        Entities entities = new Entities(doc);
        StanceReferents referents = new StanceReferents(doc, entities);
        List<Found> found = new Attributor(doc, entities, referents).find();
        StanceFeatures features = new StanceFinder(doc, entities, referents, StanceModel.NONE).features(found);
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            List<Candidate> candidates = new ArrayList<>();
            for (Entities.Cluster c : features.candidates(i)) {
                candidates.add(new Candidate(c.canonical, features.cueStances(i).get(c), features.of(i, c)));
            }
            out.add(new Statement(doc.token(found.get(i).first()).start, doc.token(found.get(i).last()).end, candidates));
        }
        return out;
    }

    /** What the engine decides for a candidate with these features under these weights: a polarity, or null. */
    public static Polarity decide(double[] oppose, double[] support, double threshold, double[] features) {
        return StanceModel.decide(oppose, support, threshold, features);
    }

    /** The logistic score of the features under the weights, as the engine computes it. */
    public static double probability(double[] weights, double[] features) {
        return StanceModel.probability(weights, features);
    }

    /** Fails unless the engine can read these lines as its {@code stance-model.txt}. */
    public static void check(List<String> modelLines) {
        StanceModel.read(modelLines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    }
}
