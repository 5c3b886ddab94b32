package io.newswire.engine.rules;

import static io.newswire.engine.rules.Articles.speaker;
import static io.newswire.engine.rules.Articles.story;
import static io.newswire.engine.rules.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.Enrichment;
import io.newswire.engine.StatementKind;
import org.junit.jupiter.api.Test;

class QuoteScanningTest {

    @Test
    void curlyAndStraightMarksGiveTheWordsWithoutMarks() {
        Enrichment e = story("\u201CThe harvest was the best in a decade,\u201D farmer Tomas Erikson said.",
                "\"Prices will fall before winter,\" Erikson added.");
        assertThat(texts(e)).containsExactly("The harvest was the best in a decade",
                "Prices will fall before winter");
        assertThat(e.statements()).allMatch(s -> s.kind() == StatementKind.DIRECT);
    }

    @Test
    void quoteInterruptedByItsAttributionIsTwoStatementsOfOneSpeaker() {
        Enrichment e = story("Engineer Priya Nandakumar inspected the bridge on Tuesday.",
                "\u201CThe cables are sound,\u201D she said, \u201Cbut the deck needs new joints.\u201D");
        assertThat(texts(e)).containsExactly("The cables are sound", "but the deck needs new joints.");
        assertThat(speaker(e, "cables")).isEqualTo("Priya Nandakumar");
        assertThat(speaker(e, "deck")).isEqualTo("Priya Nandakumar");
    }

    @Test
    void quoteRunningOverParagraphsKeepsItsSpeaker() {
        Enrichment e = story("Coach Marta Lindqvist spoke after the match.",
                "\u201CWe started slowly and paid for it in the first half.",
                "\u201CIn the second half we found our rhythm and scored twice,\u201D Lindqvist said.");
        assertThat(speaker(e, "started slowly")).isEqualTo("Marta Lindqvist");
        assertThat(speaker(e, "second half")).isEqualTo("Marta Lindqvist");
    }

    @Test
    void quoteContinuingInTheNextParagraphWithoutAttributionHasTheSameSpeaker() {
        Enrichment e = story("\u201CThe merger creates the largest grocer in the region,\u201D Chief Executive Helen Moreau said.",
                "\u201CShareholders will see the benefit within two years.\u201D");
        assertThat(speaker(e, "Shareholders")).isEqualTo("Helen Moreau");
    }

    @Test
    void nestedSingleQuotesStayInsideTheDoubleQuote() {
        Enrichment e = story("\u201CThey called it \u2018a done deal\u2019 before anyone had read it,\u201D said Senator Ruth Okafor.");
        assertThat(texts(e)).containsExactly("They called it \u2018a done deal\u2019 before anyone had read it");
        assertThat(speaker(e, "done deal")).isEqualTo("Ruth Okafor");
    }

    @Test
    void scareQuotesAndQuotedTitlesAreNotStatements() {
        Enrichment e = story("The company described the results as \u201Cexceptional\u201D in a filing on Monday.",
                "The band performed \u201CRiver of Stars\u201D to a full stadium.");
        assertThat(e.statements()).isEmpty();
    }

    @Test
    void unbalancedQuoteEndsAtTheParagraph() {
        Enrichment e = story("\u201CWe will appeal the ruling, lawyer Daniel Adeyemi said.",
                "The court in Lagos adjourned until March.");
        assertThat(texts(e)).noneMatch(t -> t.contains("court"));
    }

    @Test
    void missingSpaceAfterAClosingMarkAndWrongCurlyDirection() {
        Enrichment e = story("Minister Anika Brandt opened the session.\u201DWe will cut the tax next year,\u201D Brandt said."
                + "\u201CNobody should pay twice.\u201DShe left early.");
        assertThat(speaker(e, "cut the tax")).isEqualTo("Anika Brandt");
        assertThat(speaker(e, "pay twice")).isEqualTo("Anika Brandt");
    }

    @Test
    void crlfAndNonBreakingSpacesAreWhitespace() {
        Enrichment e = Articles.story("\u201CRates\u00A0will stay where they are,\u201D\u00A0Governor Lars\u00A0Holm said.\r");
        assertThat(speaker(e, "Rates")).isEqualTo("Lars Holm");
    }

    @Test
    void longAttributionBetweenTheHalvesOfASplitQuote() {
        Enrichment e = story("\u201CWe disagree with the decision,\u201D the firm's head of legal affairs, Nora Quist, "
                + "wrote in a blog post, \u201Cand we will appeal.\u201D");
        assertThat(speaker(e, "disagree")).isEqualTo("Nora Quist");
        assertThat(speaker(e, "will appeal")).isEqualTo("Nora Quist");
    }
}
