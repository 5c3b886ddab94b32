package io.newswire.eval;

import io.newswire.engine.EntityType;
import io.newswire.engine.Polarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores predictions against gold files as GUIDELINES.md ("Scoring") says.
 *
 * <ul>
 *   <li><b>Statement matching</b>: a predicted and a gold statement of the same article are a
 *       candidate pair when their texts have a token F1 of at least 0.5 ({@link TokenOverlap}).
 *       All candidate pairs of the article are taken greedily, highest F1 first, each statement
 *       at most once; ties go to the earlier gold statement, then the earlier prediction.
 *   <li><b>Statements</b>: TP = matched pairs, over all predicted and all gold statements.
 *   <li><b>Attribution</b>: TP = matched pairs whose predicted speaker resolves
 *       ({@link EntityResolver}, through the article's gold entities) to the gold speaker, or
 *       whose speakers are both null; same denominators as statements.
 *   <li><b>Entities</b>: sets of (entity, type) pairs per article. A predicted name resolves to
 *       its gold entity; an unresolved one is its own entity, so never a TP. Two predicted
 *       entities resolving to the same pair count once.
 *   <li><b>Stance</b>: the guidelines score "(statement, target, polarity) triples of matched
 *       statements", so only matched pairs contribute, on both sides: predicted triples are those
 *       of predicted statements that matched, gold triples those of gold statements that matched,
 *       both keyed by the matched pair; targets resolve like entities, duplicates count once.
 *       Stance of unmatched statements is not counted at all, neither as FP nor as FN: missing
 *       or spurious statements are already charged to statement detection, and this keeps the
 *       stance figure about the stance of statements that were found.
 *   <li><b>Per-actor counts</b>: gold statements per named speaker (gold canonical name) over
 *       all gold articles, against predicted statements per speaker over the same articles. A
 *       predicted speaker resolves through its own article's gold entities first, then through
 *       those of every gold article (the pipeline counts actors across articles); one that
 *       resolves nowhere is an actor of its own, keyed by its normalised name. Statements with
 *       no named speaker are not counted. See {@link EvalResult#countError()}.
 * </ul>
 *
 * Every gold article is scored; one without prediction counts as predicting nothing. Predicted
 * articles with no gold file are listed in {@link EvalResult#unscoredArticles()}. Overall figures
 * are micro averages: the counts of all articles added up.
 */
public final class Scorer {

    private Scorer() {
    }

    public static EvalResult score(List<GoldArticle> gold, List<PredictedArticle> predictions) {
        Map<String, PredictedArticle> byArticle = new LinkedHashMap<>();
        for (PredictedArticle prediction : predictions) {
            if (byArticle.put(prediction.article(), prediction) != null) {
                throw new IllegalArgumentException("more than one prediction for article " + prediction.article());
            }
        }
        EntityResolver everyArticle = new EntityResolver(gold.stream().flatMap(g -> g.entities().stream()).toList());
        ActorCounter actors = new ActorCounter();
        List<ArticleScores> articles = new ArrayList<>();
        ArticleScores overall = ArticleScores.zero("overall");
        Set<String> goldNames = new HashSet<>();
        for (GoldArticle article : gold) {
            if (!goldNames.add(article.article())) {
                throw new IllegalArgumentException("more than one gold file for article " + article.article());
            }
            PredictedArticle prediction = byArticle.getOrDefault(article.article(), PredictedArticle.empty(article.article()));
            EntityResolver resolver = new EntityResolver(article.entities());
            ArticleScores scores = scoreArticle(article, prediction, resolver);
            articles.add(scores);
            overall = overall.plus(scores);
            article.statements().forEach(s -> actors.gold(s.speaker()));
            prediction.statements().forEach(s -> actors.predicted(s.speaker(), resolver, everyArticle));
        }
        List<String> unscored = byArticle.keySet().stream().filter(a -> !goldNames.contains(a)).toList();
        return new EvalResult(overall, articles, actors.counts(), unscored);
    }

    private static ArticleScores scoreArticle(GoldArticle gold, PredictedArticle predicted, EntityResolver resolver) {
        List<StatementLabel> goldStatements = gold.statements();
        List<StatementLabel> predictedStatements = predicted.statements();
        List<Match> matches = match(predictedStatements, goldStatements);

        int attributed = 0;
        Set<StanceTriple> goldTriples = new HashSet<>();
        Set<StanceTriple> predictedTriples = new HashSet<>();
        for (Match m : matches) {
            StatementLabel p = predictedStatements.get(m.predicted());
            StatementLabel g = goldStatements.get(m.gold());
            if (sameSpeaker(p.speaker(), g.speaker(), resolver)) {
                attributed++;
            }
            for (StanceLabel s : g.stance()) {
                goldTriples.add(new StanceTriple(m.gold(), EntityKey.gold(s.target()), s.polarity()));
            }
            for (StanceLabel s : p.stance()) {
                predictedTriples.add(new StanceTriple(m.gold(), EntityKey.resolve(s.target(), resolver), s.polarity()));
            }
        }
        Prf statements = new Prf(matches.size(), predictedStatements.size(), goldStatements.size());
        Prf attribution = new Prf(attributed, predictedStatements.size(), goldStatements.size());
        return new ArticleScores(gold.article(), statements, attribution,
                entities(gold, predicted, resolver), overlap(predictedTriples, goldTriples));
    }

    /** Greedy one-to-one matching over every candidate pair, best overlap first. */
    static List<Match> match(List<StatementLabel> predicted, List<StatementLabel> gold) {
        List<Match> candidates = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                TokenOverlap overlap = TokenOverlap.of(predicted.get(p).text(), gold.get(g).text());
                if (overlap.matches()) {
                    candidates.add(new Match(p, g, overlap));
                }
            }
        }
        candidates.sort(Comparator.comparing(Match::overlap).reversed()
                .thenComparingInt(Match::gold)
                .thenComparingInt(Match::predicted));
        boolean[] predictedTaken = new boolean[predicted.size()];
        boolean[] goldTaken = new boolean[gold.size()];
        List<Match> matches = new ArrayList<>();
        for (Match c : candidates) {
            if (!predictedTaken[c.predicted()] && !goldTaken[c.gold()]) {
                predictedTaken[c.predicted()] = true;
                goldTaken[c.gold()] = true;
                matches.add(c);
            }
        }
        return matches;
    }

    private static boolean sameSpeaker(String predicted, String gold, EntityResolver resolver) {
        if (predicted == null || gold == null) {
            return predicted == null && gold == null;
        }
        return resolver.resolve(predicted).map(GoldEntity::name).filter(gold::equals).isPresent();
    }

    private static Prf entities(GoldArticle gold, PredictedArticle predicted, EntityResolver resolver) {
        Set<TypedEntity> goldPairs = new HashSet<>();
        gold.entities().forEach(e -> goldPairs.add(new TypedEntity(EntityKey.gold(e.name()), e.type())));
        Set<TypedEntity> predictedPairs = new HashSet<>();
        predicted.entities().forEach(e -> predictedPairs.add(new TypedEntity(EntityKey.resolve(e.name(), resolver), e.type())));
        return overlap(predictedPairs, goldPairs);
    }

    private static <T> Prf overlap(Set<T> predicted, Set<T> gold) {
        int tp = (int) predicted.stream().filter(gold::contains).count();
        return new Prf(tp, predicted.size(), gold.size());
    }

    /** A predicted and a gold statement matched to each other, by their indexes. */
    record Match(int predicted, int gold, TokenOverlap overlap) {
    }

    /** A gold entity by canonical name, or a name that resolved to none (never equal to a gold key). */
    private record EntityKey(String name, boolean inGold) {

        static EntityKey gold(String canonicalName) {
            return new EntityKey(canonicalName, true);
        }

        static EntityKey resolve(String name, EntityResolver resolver) {
            return of(name, resolver.resolve(name));
        }

        /** The key of {@code name}, which resolved to {@code entity} or to none. */
        static EntityKey of(String name, Optional<GoldEntity> entity) {
            return entity.map(e -> gold(e.name())).orElseGet(() -> new EntityKey(EntityResolver.normalise(name), false));
        }
    }

    private record TypedEntity(EntityKey entity, EntityType type) {
    }

    private record StanceTriple(int goldStatement, EntityKey target, Polarity polarity) {
    }

    /** Gold and predicted statement counts per named speaker. */
    private static final class ActorCounter {

        private final Map<EntityKey, int[]> counts = new LinkedHashMap<>();
        private final Map<EntityKey, String> displayNames = new LinkedHashMap<>();

        void gold(String canonicalName) {
            if (canonicalName != null) {
                counter(EntityKey.gold(canonicalName), canonicalName)[0]++;
            }
        }

        void predicted(String speaker, EntityResolver article, EntityResolver everyArticle) {
            if (speaker == null) {
                return;
            }
            Optional<GoldEntity> entity = article.resolve(speaker).or(() -> everyArticle.resolve(speaker));
            counter(EntityKey.of(speaker, entity), entity.map(GoldEntity::name).orElse(speaker))[1]++;
        }

        private int[] counter(EntityKey key, String displayName) {
            displayNames.putIfAbsent(key, displayName);
            return counts.computeIfAbsent(key, k -> new int[2]);
        }

        List<ActorCount> counts() {
            return counts.entrySet().stream()
                    .map(e -> new ActorCount(displayNames.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                    .sorted(Comparator.comparingInt(ActorCount::gold).reversed()
                            .thenComparing(Comparator.comparingInt(ActorCount::predicted).reversed())
                            .thenComparing(ActorCount::actor))
                    .toList();
        }
    }
}
