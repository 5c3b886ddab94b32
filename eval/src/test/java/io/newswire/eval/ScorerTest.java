package io.newswire.eval;

import static io.newswire.eval.Fixtures.entity;
import static io.newswire.eval.Fixtures.gold;
import static io.newswire.eval.Fixtures.location;
import static io.newswire.eval.Fixtures.oppose;
import static io.newswire.eval.Fixtures.person;
import static io.newswire.eval.Fixtures.predicted;
import static io.newswire.eval.Fixtures.said;
import static io.newswire.eval.Fixtures.support;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.engine.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final List<GoldEntity> ENTITIES = List.of(
            person("Nicolás Maduro", "Nicolás Maduro", "Maduro"),
            person("Claudia Sheinbaum", "Claudia Sheinbaum", "Sheinbaum"),
            location("United States", "United States", "U.S.", "Washington"),
            location("Mexico", "Mexico"));

    @Test
    void statementsMatchFromHalfTheTokenF1() {
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Claudia Sheinbaum", "alpha beta"),
                said("Claudia Sheinbaum", "gamma delta epsilon"));
        PredictedArticle predicted = predicted("a.txt",
                said("Claudia Sheinbaum", "Alpha, ZETA!"),        // F1 0.5 with the first
                said("Claudia Sheinbaum", "gamma eta theta iota")); // F1 2/7 with the second

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.statements()).isEqualTo(new Prf(1, 2, 2));
    }

    @Test
    void matchingIsOneToOneBestOverlapFirst() {
        // P0 overlaps G0 (0.75) before G1 (1.0) in list order; best-first must give P0 to G1,
        // leaving G0 for P1. Speakers tell which pairing was made.
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Nicolás Maduro", "one two three four"),
                said("Claudia Sheinbaum", "one two three five"));
        PredictedArticle predicted = predicted("a.txt",
                said("Sheinbaum", "one two three five"),
                said("Maduro", "one two three six"));

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.statements()).isEqualTo(new Prf(2, 2, 2));
        assertThat(scores.attribution()).isEqualTo(new Prf(2, 2, 2));
    }

    @Test
    void aGoldStatementMatchesAtMostOnePrediction() {
        GoldArticle gold = gold("a.txt", ENTITIES, said("Nicolás Maduro", "we will resist"));
        PredictedArticle predicted = predicted("a.txt",
                said("Maduro", "we will resist"),
                said("Maduro", "we will resist"));

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.statements()).isEqualTo(new Prf(1, 2, 1));
        assertThat(scores.statements().precision()).isEqualTo(0.5);
        assertThat(scores.statements().recall()).isEqualTo(1.0);
    }

    @Test
    void equalOverlapGoesToTheEarlierGoldStatement() {
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Nicolás Maduro", "red green"),
                said("Claudia Sheinbaum", "red blue"));
        PredictedArticle predicted = predicted("a.txt", said("Maduro", "red"));

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.attribution().tp()).isEqualTo(1);
    }

    @Test
    void attributionResolvesSpeakersThroughAliasesAccentsCaseAndTitles() {
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Nicolás Maduro", "s1 words here"),
                said("Nicolás Maduro", "s2 words here"),
                said("Claudia Sheinbaum", "s3 words here"),
                said("United States", "s4 words here"),
                said("Nicolás Maduro", "s5 words here"),
                said("Claudia Sheinbaum", "s6 words here"));
        PredictedArticle predicted = predicted("a.txt",
                said("NICOLAS MADURO", "s1 words here"),
                said("President Maduro", "s2 words here"),
                said("Mexican President Claudia Sheinbaum", "s3 words here"),
                said("Washington", "s4 words here"),
                said("Claudia Sheinbaum", "s5 words here"),   // wrong gold entity
                said("Diosdado Cabello", "s6 words here"));   // no gold entity

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.statements()).isEqualTo(new Prf(6, 6, 6));
        assertThat(scores.attribution()).isEqualTo(new Prf(4, 6, 6));
    }

    @Test
    void nullSpeakersAreCorrectOnlyWhenBothAreNull() {
        GoldArticle gold = gold("a.txt", ENTITIES,
                said(null, "one fisherman said it"),
                said("Claudia Sheinbaum", "she said it"),
                said(null, "critics said it"));
        PredictedArticle predicted = predicted("a.txt",
                said(null, "one fisherman said it"),
                said(null, "she said it"),
                said("Sheinbaum", "critics said it"));

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.attribution()).isEqualTo(new Prf(1, 3, 3));
    }

    @Test
    void attributionCountsOnlyCorrectlyAttributedMatchesOverAllStatements() {
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Claudia Sheinbaum", "matched and right"),
                said("Claudia Sheinbaum", "never predicted at all"));
        PredictedArticle predicted = predicted("a.txt",
                said("Sheinbaum", "matched and right"),
                said("Sheinbaum", "something nobody said"));

        Prf attribution = scoreOne(gold, predicted).attribution();

        assertThat(attribution).isEqualTo(new Prf(1, 2, 2));
        assertThat(attribution.f1()).isEqualTo(0.5);
    }

    @Test
    void entitiesAreSetsOfResolvedEntityAndType() {
        GoldArticle gold = gold("a.txt", ENTITIES);
        PredictedArticle predicted = predicted("a.txt", List.of(
                entity("Nicolas Maduro", EntityType.PERSON),      // accent-free canonical name
                entity("Maduro", EntityType.PERSON),              // same pair again: counted once
                entity("President Sheinbaum", EntityType.PERSON), // titled alias
                entity("Washington", EntityType.PERSON),          // right entity, wrong type
                entity("Caracas", EntityType.LOCATION)));         // not in gold

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.entities()).isEqualTo(new Prf(2, 4, 4));
    }

    @Test
    void stanceCountsTriplesOfMatchedStatementsOnly() {
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Claudia Sheinbaum", "we defend Maduro and reject Washington",
                        support("Nicolás Maduro"), oppose("United States")),
                said("Claudia Sheinbaum", "Mexico stands with him", support("Nicolás Maduro")),
                said("Nicolás Maduro", "an unmatched gold statement", oppose("United States")));
        PredictedArticle predicted = predicted("a.txt",
                said("Sheinbaum", "we defend Maduro and reject Washington",
                        support("Maduro"),             // alias of the gold target: TP
                        support("U.S."),               // wrong polarity: FP, and the gold triple is a FN
                        support("Nicolás Maduro")),    // same triple again: counted once
                said("Sheinbaum", "Mexico stands with him", oppose("Mexico")),
                said("Maduro", "nothing like any gold text", oppose("United States"))); // unmatched: ignored

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.statements().tp()).isEqualTo(2);
        assertThat(scores.stance()).isEqualTo(new Prf(1, 3, 3));
    }

    @Test
    void stanceTriplesBelongToTheMatchedStatement() {
        // The same (target, polarity) on a different matched statement is not a TP.
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Claudia Sheinbaum", "first statement text", support("Nicolás Maduro")),
                said("Claudia Sheinbaum", "second statement words"));
        PredictedArticle predicted = predicted("a.txt",
                said("Sheinbaum", "first statement text"),
                said("Sheinbaum", "second statement words", support("Maduro")));

        ArticleScores scores = scoreOne(gold, predicted);

        assertThat(scores.stance()).isEqualTo(new Prf(0, 1, 1));
    }

    @Test
    void overallIsTheMicroAverageAndMissingPredictionsPredictNothing() {
        GoldArticle first = gold("a.txt", ENTITIES, said("Nicolás Maduro", "we will resist"));
        GoldArticle second = gold("b.txt", ENTITIES,
                said("Nicolás Maduro", "one thing"), said("Nicolás Maduro", "another thing"));
        PredictedArticle onlyFirst = predicted("a.txt", said("Maduro", "we will resist"));
        PredictedArticle stray = predicted("z.txt", said("Maduro", "not scored"));

        EvalResult result = Scorer.score(List.of(first, second), List.of(stray, onlyFirst));

        assertThat(result.articles()).extracting(ArticleScores::article).containsExactly("a.txt", "b.txt");
        assertThat(result.articles().get(1).statements()).isEqualTo(new Prf(0, 0, 2));
        assertThat(result.overall().statements()).isEqualTo(new Prf(1, 1, 3));
        assertThat(result.unscoredArticles()).containsExactly("z.txt");
    }

    @Test
    void perActorCountErrorComparesCountsOverAllArticles() {
        GoldArticle first = gold("a.txt", ENTITIES,
                said("Nicolás Maduro", "m1"), said("Nicolás Maduro", "m2"), said("Claudia Sheinbaum", "s1"),
                said(null, "someone said"));
        GoldArticle second = gold("b.txt", List.of(person("Claudia Sheinbaum", "Claudia Sheinbaum", "Sheinbaum")),
                said("Claudia Sheinbaum", "s2"));
        PredictedArticle firstPredicted = predicted("a.txt",
                said("Maduro", "m1"), said("Sheinbaum", "s1"), said("President Sheinbaum", "x"),
                said(null, "not counted"));
        PredictedArticle secondPredicted = predicted("b.txt",
                said("Maduro", "y"),  // not a gold entity of b.txt, but of a.txt: counts for Maduro
                said("Diosdado Cabello", "z"), said("diosdado CABELLO", "w"));

        EvalResult result = Scorer.score(List.of(first, second), List.of(firstPredicted, secondPredicted));

        assertThat(result.actors()).containsExactly(
                new ActorCount("Claudia Sheinbaum", 2, 2),
                new ActorCount("Nicolás Maduro", 2, 2),
                new ActorCount("Diosdado Cabello", 0, 2));
        assertThat(result.countError()).isEqualTo(2.0 / 4.0);
    }

    @Test
    void countErrorIsZeroWhenCountsAgree() {
        GoldArticle gold = gold("a.txt", ENTITIES, said("Nicolás Maduro", "m1"), said("Nicolás Maduro", "m2"));
        PredictedArticle predicted = predicted("a.txt", said("Maduro", "other"), said("maduro", "words"));

        EvalResult result = Scorer.score(List.of(gold), List.of(predicted));

        assertThat(result.countError()).isZero();
        assertThat(result.overall().statements().tp()).isZero();
    }

    @Test
    void goldScoredAgainstItselfIsPerfect() {
        GoldArticle gold = gold("a.txt", ENTITIES,
                said("Claudia Sheinbaum", "we defend him", support("Nicolás Maduro")),
                said(null, "it is an invasion", oppose("United States")));
        PredictedArticle predicted = new PredictedArticle("a.txt",
                ENTITIES.stream().map(e -> entity(e.name(), e.type())).toList(), gold.statements());

        ArticleScores scores = Scorer.score(List.of(gold), List.of(predicted)).overall();

        for (Prf prf : List.of(scores.statements(), scores.attribution(), scores.entities(), scores.stance())) {
            assertThat(prf.f1()).isEqualTo(1.0);
        }
    }

    @Test
    void twoPredictionsForOneArticleAreAnError() {
        GoldArticle gold = gold("a.txt", ENTITIES);
        assertThatThrownBy(() -> Scorer.score(List.of(gold), List.of(predicted("a.txt"), predicted("a.txt"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a.txt");
    }

    private static ArticleScores scoreOne(GoldArticle gold, PredictedArticle predicted) {
        EvalResult result = Scorer.score(List.of(gold), List.of(predicted));
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }
}
