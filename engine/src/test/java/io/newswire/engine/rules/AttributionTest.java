package io.newswire.engine.rules;

import static io.newswire.engine.rules.Articles.speaker;
import static io.newswire.engine.rules.Articles.statement;
import static io.newswire.engine.rules.Articles.story;
import static io.newswire.engine.rules.Articles.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.Enrichment;
import io.newswire.engine.StatementKind;
import org.junit.jupiter.api.Test;

class AttributionTest {

    @Test
    void speakerAfterTheQuote() {
        Enrichment e = story("\u201CThe vaccine trial met every endpoint,\u201D researcher Olga Petrenko said on Friday.");
        assertThat(speaker(e, "vaccine trial")).isEqualTo("Olga Petrenko");
    }

    @Test
    void saidXInversion() {
        Enrichment e = story("\u201CThe line will open in spring,\u201D said Transport Minister Kwame Mensah.");
        assertThat(speaker(e, "line will open")).isEqualTo("Kwame Mensah");
    }

    @Test
    void speakerBeforeTheQuoteWithColon() {
        Enrichment e = story("Judge Harriet Cole was blunt: \u201CThe evidence does not support the charge.\u201D",
                "Cole told the jury: \u201CYou must acquit on the second count.\u201D");
        assertThat(speaker(e, "acquit")).isEqualTo("Harriet Cole");
    }

    @Test
    void reportedSpeechWithThatClause() {
        Enrichment e = story("Finance Minister Rafael Ortiz said that the budget deficit would narrow next year.");
        assertThat(statement(e, "budget deficit").kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(statement(e, "budget deficit").text()).isEqualTo("the budget deficit would narrow next year");
        assertThat(speaker(e, "budget deficit")).isEqualTo("Rafael Ortiz");
    }

    @Test
    void accordingTo() {
        Enrichment e = story("The plant will close in June, according to the Verdane Steel Corporation.",
                "According to Inspector Paula Reyes, the fire started in the kitchen.");
        assertThat(speaker(e, "plant will close")).isEqualTo("Verdane Steel Corporation");
        assertThat(speaker(e, "fire started")).isEqualTo("Paula Reyes");
    }

    @Test
    void toldReporters() {
        Enrichment e = story("Striker Jonas Weber told reporters the team would fight for the title.");
        assertThat(statement(e, "fight for the title").text()).isEqualTo("the team would fight for the title");
        assertThat(speaker(e, "fight for the title")).isEqualTo("Jonas Weber");
    }

    @Test
    void institutionInAStatementAndTheRoleReferringBack() {
        Enrichment e = story("The Norwegian Ministry of Fisheries opened talks with trawler owners.",
                "In a statement, the ministry said quotas would be cut by a fifth.");
        assertThat(speaker(e, "quotas")).isEqualTo("Norwegian Ministry of Fisheries");
    }

    @Test
    void countryAsSpeaker() {
        Enrichment e = story("Japan rejected the proposal for a joint patrol, and Tokyo said the waters were its own.");
        assertThat(speaker(e, "rejected the proposal")).isEqualTo("Japan");
        assertThat(speaker(e, "waters")).isEqualTo("Japan");
    }

    @Test
    void pronounRefersBackToTheLastNamedPerson() {
        Enrichment e = story("Economist Ingrid Solberg studied the housing data for a year.",
                "She said prices had peaked in the capital.");
        assertThat(speaker(e, "prices had peaked")).isEqualTo("Ingrid Solberg");
    }

    @Test
    void surnameAndAppositiveRelativeClause() {
        Enrichment e = story("Chancellor Dieter Brandhorst visited the factory.",
                "Brandhorst, who took office in May, has repeatedly criticized the export rules.");
        assertThat(speaker(e, "export rules")).isEqualTo("Dieter Brandhorst");
    }

    @Test
    void anonymousAndUnattributedSourcesHaveNoSpeaker() {
        Enrichment e = story("\u201CThe talks are close to collapse,\u201D an official said.",
                "Critics argue that the new stadium will never pay for itself.");
        assertThat(speaker(e, "talks are close")).isNull();
        assertThat(speaker(e, "stadium")).isNull();
    }

    @Test
    void directQuoteIsNotAlsoReportedSpeech() {
        Enrichment e = story("Mayor Lucia Ferri said, \u201CThe bridge will reopen on Monday.\u201D");
        assertThat(texts(e)).containsExactly("The bridge will reopen on Monday.");
        assertThat(speaker(e, "bridge")).isEqualTo("Lucia Ferri");
    }

    @Test
    void narrationAndActionsAreNotStatements() {
        Enrichment e = story("The Treasury froze the accounts of three shipping firms on Monday.",
                "The storm moved north overnight and flooded the coastal road.");
        assertThat(e.statements()).isEmpty();
    }

    @Test
    void britishSingleQuotes() {
        Enrichment e = story("\u2018We will not sell the club,\u2019 owner Graham Pike said.");
        assertThat(texts(e)).containsExactly("We will not sell the club");
        assertThat(speaker(e, "sell the club")).isEqualTo("Graham Pike");
    }

    @Test
    void adverbialPhraseBetweenVerbAndClauseIsNotContent() {
        Enrichment e = story("The Kessler Group said in a statement on Monday the merger would close by June.");
        assertThat(statement(e, "merger").text()).isEqualTo("the merger would close by June");
        assertThat(speaker(e, "merger")).isEqualTo("Kessler Group");
    }

    @Test
    void courtsRuleAndTheCourtRefersBack() {
        Enrichment e = story("The Federal Court of Appeal heard the case in March.",
                "The court ruled that the contract was void.");
        assertThat(speaker(e, "contract was void")).isEqualTo("Federal Court of Appeal");
    }

    @Test
    void definiteCompanyNounRefersToTheLastOrganisation() {
        Enrichment e = story("Shares of Tamsin Biotech rose after the trial results.",
                "The company said the drug would be filed for approval this year.");
        assertThat(speaker(e, "filed for approval")).isEqualTo("Tamsin Biotech");
    }

    @Test
    void asidesBetweenSubjectAndVerb() {
        Enrichment e = story("Greek officials, speaking on condition of anonymity, said Athens would veto the plan.",
                "The findings were welcomed by the Nordic Heart Foundation, whose director, Elin Dahl, said they "
                        + "confirmed earlier work.");
        assertThat(speaker(e, "veto the plan")).isNull();
        assertThat(speaker(e, "confirmed earlier work")).isEqualTo("Elin Dahl");
    }

    @Test
    void datelineIsNotTheSubject() {
        Enrichment e = story("OSLO (Reuters) \u2013 Equinor ASA cut its output forecast on Monday, citing maintenance at two fields.");
        assertThat(speaker(e, "maintenance")).isEqualTo("Equinor ASA");
    }
}
