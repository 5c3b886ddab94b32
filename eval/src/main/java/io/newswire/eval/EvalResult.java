package io.newswire.eval;

import java.util.List;

/**
 * What {@link Scorer} found.
 *
 * @param overall micro average: counts of every article added up
 * @param articles per gold article, in gold order
 * @param actors per named speaker, most gold statements first
 * @param unscoredArticles predicted articles that have no gold file, so were not scored
 */
public record EvalResult(
        ArticleScores overall,
        List<ArticleScores> articles,
        List<ActorCount> actors,
        List<String> unscoredArticles) {

    public EvalResult {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        unscoredArticles = List.copyOf(unscoredArticles);
    }

    public int goldStatementsOfNamedSpeakers() {
        return actors.stream().mapToInt(ActorCount::gold).sum();
    }

    /**
     * Sum of absolute count differences over sum of gold counts (0 is perfect); NaN when gold
     * has no statement of a named speaker.
     */
    public double countError() {
        int gold = goldStatementsOfNamedSpeakers();
        return gold == 0 ? Double.NaN : (double) actors.stream().mapToInt(ActorCount::error).sum() / gold;
    }
}
