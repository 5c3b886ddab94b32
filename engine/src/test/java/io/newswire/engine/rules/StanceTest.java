package io.newswire.engine.rules;

import static io.newswire.engine.rules.Articles.statement;
import static io.newswire.engine.rules.Articles.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.Enrichment;
import io.newswire.engine.Polarity;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceTest {

    private static List<String> stance(Statement s) {
        return s.stance().stream().map(st -> st.target().name() + ":" + st.polarity()).toList();
    }

    @Test
    void supportAndOpposeTowardTheGovernedEntity() {
        Enrichment e = story("Senator Alma Brooks defended Governor Ray Ditmar on Monday.",
                "Union leader Kofi Asante criticized the Ledger Mining Company over the layoffs.");
        assertThat(stance(statement(e, "defended"))).containsExactly("Ray Ditmar:SUPPORT");
        assertThat(stance(statement(e, "criticized"))).containsExactly("Ledger Mining Company:OPPOSE");
    }

    @Test
    void negationFlipsThePolarity() {
        Enrichment e = story("\u201CWe will never accept Halden Motors as a partner,\u201D said Mayor Ines Cardoso.");
        assertThat(stance(statement(e, "never accept"))).containsExactly("Halden Motors:OPPOSE");
    }

    @Test
    void theSpeakerIsNeverItsOwnTarget() {
        Enrichment e = story("Finland defended Finland's border policy and rejected Sweden's complaint.");
        for (Statement s : e.statements()) {
            assertThat(s.stance()).extracting(Stance::target).doesNotContain(s.speaker());
        }
        assertThat(e.statements()).flatExtracting(Statement::stance).extracting(Stance::polarity).contains(Polarity.OPPOSE);
    }

    @Test
    void anotherActorsActIsNotTheSpeakersStance() {
        Enrichment e = story("Minister Pavel Ionescu said Austria could support Hungary in the talks.");
        assertThat(statement(e, "support Hungary").stance()).isEmpty();
    }

    @Test
    void countryNamedOnlyByItsAdjectiveIsAListedTarget() {
        Enrichment e = story("Senator Lena Brandt condemned the Iranian strikes on Tuesday.");
        Statement s = statement(e, "condemned");
        assertThat(stance(s)).containsExactly("Iran:OPPOSE");
        assertThat(e.entities()).contains(s.stance().get(0).target());
    }

    @Test
    void aDescribedObjectIsTheActorItStandsFor() {
        Enrichment e = story("Prime Minister Lars Eberhardt unveiled the budget on Monday.",
                "Opposition leader Dana Whitcombe accused the prime minister of misleading voters.",
                "The Central Prosecution Office charged two bankers in May.",
                "Defence lawyer Tomas Reyes criticised prosecutors for leaking documents.");
        assertThat(stance(statement(e, "accused the prime minister"))).containsExactly("Lars Eberhardt:OPPOSE");
        assertThat(stance(statement(e, "criticised prosecutors"))).containsExactly("Central Prosecution Office:OPPOSE");
    }

    @Test
    void rejectingAnActorsClaimsOpposesTheActor() {
        Enrichment e = story("Finance Minister Ola Brekke rejected Kestrel Bank's forecasts on Tuesday.");
        assertThat(stance(statement(e, "rejected"))).containsExactly("Kestrel Bank:OPPOSE");
    }

    @Test
    void rebuttingAnUnattributedClaimOpposesWhoeverMadeIt() {
        Enrichment e = story("The Farmers League said the new water tariff would ruin small growers.",
                "Water Minister Pilar Osorio rejected the criticism on Friday.");
        assertThat(stance(statement(e, "rejected the criticism"))).containsExactly("Farmers League:OPPOSE");
    }

    @Test
    void labellingAClaimFalseOpposesItsAuthor() {
        Enrichment e = story("The Farmers League said the new water tariff would ruin small growers.",
                "Water Minister Pilar Osorio described the criticism as baseless on Friday.");
        assertThat(stance(statement(e, "described the criticism"))).containsExactly("Farmers League:OPPOSE");
    }

    @Test
    void negationFlipsAndAnEnclosingActComposes() {
        Enrichment e = story("Mayor Ines Cardoso said the city would not support Halden Motors.",
                "Governor Ray Ditmar said the state did not back calls to sanction Vantor Mining.");
        assertThat(stance(statement(e, "not support Halden"))).containsExactly("Halden Motors:OPPOSE");
        assertThat(stance(statement(e, "calls to sanction"))).containsExactly("Vantor Mining:SUPPORT");
    }

    @Test
    void pressureOpposesTheAddresseeUnlessItIsAimedAtAnother() {
        Enrichment e = story("The Trade Council urged Vantor Mining to publish its accounts.",
                "The Consumer Union urged regulators to fine Halden Motors over the recall.");
        assertThat(stance(statement(e, "publish its accounts"))).containsExactly("Vantor Mining:OPPOSE");
        assertThat(stance(statement(e, "fine Halden"))).containsExactly("Halden Motors:OPPOSE");
    }

    @Test
    void coordinatedObjectsAreAllTargets() {
        Enrichment e = story("Senator Alma Brooks accused Norway and Denmark of blocking the treaty.");
        assertThat(stance(statement(e, "accused"))).containsExactlyInAnyOrder("Norway:OPPOSE", "Denmark:OPPOSE");
    }

    @Test
    void examplesNameAnObjectThatIsAKind() {
        Enrichment e = story("Senator Alma Brooks condemned the armed groups, such as Peru's Shining Path "
                + "and the Lakeside Brigade, on Friday.");
        assertThat(stance(statement(e, "condemned"))).containsExactlyInAnyOrder("Shining Path:OPPOSE",
                "Lakeside Brigade:OPPOSE");
    }

    @Test
    void noOppositionToTheSpeakersOwnSide() {
        Enrichment e = story("Halden Motors chief executive Ruth Pike criticized Halden Motors for slow hiring.");
        assertThat(statement(e, "criticized").speaker().name()).isEqualTo("Ruth Pike");
        assertThat(statement(e, "criticized").stance()).isEmpty();
    }

    @Test
    void aReportedClauseIsNotTheTargetOfAWarning() {
        Enrichment e = story("Senator Alma Brooks warned that Vantor Mining could close the plant.");
        assertThat(statement(e, "Vantor Mining could close").stance()).isEmpty();
    }

    @Test
    void noStanceWhenTheCueGovernsNoActor() {
        Enrichment e = story("Mayor Ines Cardoso said she supported the plan to rebuild the bridge near Vantor Mining.",
                "Minister Pilar Osorio said the talks with Norland had been long.");
        assertThat(statement(e, "supported the plan").stance()).isEmpty();
        assertThat(statement(e, "talks with Norland").stance()).isEmpty();
    }
}
