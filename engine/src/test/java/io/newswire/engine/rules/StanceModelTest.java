package io.newswire.engine.rules;

import static io.newswire.engine.rules.Articles.CUE_RULES;
import static io.newswire.engine.rules.Articles.ENGINE;
import static io.newswire.engine.rules.Articles.statement;
import static io.newswire.engine.rules.Articles.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.engine.Polarity;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceModelTest {

    private static final String[] DISPUTE = {
        "The Ostrava Water Authority accused Kelmor Chemicals on Monday of dumping solvents into the Oder river for years.",
        "Kelmor Chemicals rejected the accusation and said it would appeal any fine.",
        "\"We have followed every rule for thirty years,\" said Dana Whitfield, the company's chief executive.",
        "\"Kelmor Chemicals knew exactly what it was doing,\" said the authority's director, Jana Novak."};

    private static List<String> stance(Statement s) {
        return s.stance().stream().map(st -> st.target().name() + ":" + st.polarity()).toList();
    }

    @Test
    void aStatementWithoutACueIsScoredAgainstTheOtherSideOfTheDispute() {
        String words = "knew exactly what";
        assertThat(stance(statement(story(CUE_RULES, DISPUTE), words))).isEmpty();
        assertThat(stance(statement(story(ENGINE, DISPUTE), words))).containsExactly("Kelmor Chemicals:OPPOSE");
    }

    @Test
    void whatTheCueRulesFoundIsKept() {
        for (String words : List.of("accused Kelmor", "rejected the accusation")) {
            assertThat(stance(statement(story(ENGINE, DISPUTE), words)))
                    .containsAll(stance(statement(story(CUE_RULES, DISPUTE), words)));
        }
    }

    @Test
    void anActorANegatedCueGovernsGetsNoSideFromTheModel() {
        String[] story = {"Halden Motors cut 900 jobs on Monday.",
            "Mayor Ines Cardoso said the city had never criticized Halden Motors."};
        assertThat(statement(story(ENGINE, story), "never criticized").stance()).isEmpty();
    }

    @Test
    void theSpeakerAndTheBodyItSpeaksForAreNeverOpposed() {
        for (Statement s : story(ENGINE, DISPUTE).statements()) {
            assertThat(s.stance()).extracting(Stance::target).doesNotContain(s.speaker());
        }
        Statement ceo = statement(story(ENGINE, DISPUTE), "followed every rule");
        assertThat(ceo.stance()).filteredOn(st -> st.polarity() == Polarity.OPPOSE)
                .extracting(st -> st.target().name()).doesNotContain("Kelmor Chemicals");
    }

    @Test
    void aHeOrSheInABodysReportOrInAQuoteRefersToThePersonLastNamed() {
        String raw = "Court bars mayoral candidate\n\nThe Superior Electoral Court barred candidate Rui Falcão on Friday.\n\n"
                + "The court said he had diverted campaign money to his brother's firms.\n\n"
                + "Rui Falcão said he would appeal.";
        int referredIn = StanceTraining.featureNames().indexOf("referred_in");
        List<StanceTraining.Statement> statements = StanceTraining.statements(raw);
        assertThat(referredInFeature(statements, raw, "diverted", referredIn)).isEqualTo(1.0);
        // a person's own report: "he" is the speaker, no one else
        assertThat(statements).filteredOn(st -> raw.substring(st.start(), st.end()).contains("appeal")).singleElement()
                .satisfies(st -> assertThat(st.candidates()).noneMatch(c -> c.features()[referredIn] == 1.0));
    }

    private static double referredInFeature(List<StanceTraining.Statement> statements, String raw, String words, int feature) {
        StanceTraining.Statement st = statements.stream().filter(s -> raw.substring(s.start(), s.end()).contains(words))
                .findFirst().orElseThrow();
        return st.candidates().stream().filter(c -> c.target().equals("Rui Falcão")).findFirst().orElseThrow().features()[feature];
    }

    @Test
    void theShippedModelHasAWeightForEveryFeature() {
        assertThat(StanceModel.get()).isNotNull();
        assertThat(Lexicon.DATA_FILES).contains("stance-model.txt");
    }

    @Test
    void aModelFileOutOfStepWithTheFeaturesIsRefused() {
        assertThatThrownBy(() -> StanceModel.read(model("", "threshold 0.3", "weight OPPOSE no_such_feature 1")))
                .hasMessageContaining("no_such_feature");
        assertThatThrownBy(() -> StanceModel.read(model("named_in", "threshold 0.3")))
                .hasMessageContaining("no weight for OPPOSE named_in");
        assertThatThrownBy(() -> StanceModel.read(model("bias", "threshold 0.3", "weight OPPOSE bias NaN")))
                .hasMessageContaining("not a number");
        assertThatThrownBy(() -> StanceModel.read(model(""))).hasMessageContaining("no threshold");
        assertThat(StanceModel.read(model("", "threshold 0.3"))).isNotNull();
    }

    /** A model file with a weight of 0 for every feature but the oppose weight left out, then the extra lines. */
    private static List<String> model(String leftOut, String... extra) {
        List<String> lines = new ArrayList<>();
        for (String polarity : List.of("OPPOSE", "SUPPORT")) {
            for (String feature : StanceFeatures.NAMES) {
                if (!(polarity.equals("OPPOSE") && feature.equals(leftOut))) {
                    lines.add("weight " + polarity + " " + feature + " 0");
                }
            }
        }
        lines.addAll(List.of(extra));
        return lines;
    }
}
