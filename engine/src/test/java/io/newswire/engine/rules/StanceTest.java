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
}
