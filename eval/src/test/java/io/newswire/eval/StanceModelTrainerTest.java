package io.newswire.eval;

import static io.newswire.eval.Fixtures.gold;
import static io.newswire.eval.Fixtures.location;
import static io.newswire.eval.Fixtures.oppose;
import static io.newswire.eval.Fixtures.org;
import static io.newswire.eval.Fixtures.said;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.rules.StanceTraining;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceModelTrainerTest {

    private static final String STORY = "Water authority accuses chemicals firm\n\n"
            + "The Ostrava Water Authority accused Kelmor Chemicals on Monday of dumping solvents into the Oder river.\n\n"
            + "Kelmor Chemicals rejected the accusation and said it would appeal any fine.\n\n"
            + "The authority said its inspectors had found solvent levels twenty times above the legal limit.\n";

    private static final GoldArticle GOLD = gold("dispute.txt",
            List.of(org("Ostrava Water Authority", "Ostrava Water Authority"), org("Kelmor Chemicals", "Kelmor Chemicals"),
                    location("Oder", "Oder")),
            said("Ostrava Water Authority", "accused Kelmor Chemicals on Monday of dumping solvents into the Oder river",
                    oppose("Kelmor Chemicals")),
            said("Kelmor Chemicals", "rejected the accusation", oppose("Ostrava Water Authority")),
            said("Kelmor Chemicals", "it would appeal any fine", oppose("Ostrava Water Authority")),
            said("Ostrava Water Authority", "its inspectors had found solvent levels twenty times above the legal limit",
                    oppose("Kelmor Chemicals")));

    private static StanceModelTrainer.Data twoSets() {
        StanceModelTrainer.Data data = new StanceModelTrainer.Data();
        data.add("first", GOLD, STORY);
        data.add("second", GOLD, STORY);
        return data;
    }

    @Test
    void everyMatchedStatementIsPairedWithTheActorsItMayTakeASideOn() {
        StanceModelTrainer.Data data = twoSets();
        assertThat(data.sets()).containsExactly("first", "second");
        // per set, at least each statement with the actor it opposes
        assertThat(data.size()).isGreaterThanOrEqualTo(2 * 4);
    }

    @Test
    void eachSetIsScoredByAModelTrainedOnTheOthers() {
        List<StanceModelTrainer.SetScore> scores = StanceModelTrainer.crossValidate(twoSets(), 0.25);
        assertThat(scores).extracting(StanceModelTrainer.SetScore::set).containsExactly("first", "second");
        for (StanceModelTrainer.SetScore s : scores) {
            assertThat(s.cuesOnly().gold()).isEqualTo(4);
            assertThat(s.withModel().gold()).isEqualTo(4);
            // the model keeps what the cue rules found
            assertThat(s.withModel().tp()).isGreaterThanOrEqualTo(s.cuesOnly().tp());
        }
    }

    @Test
    void theSameDataGivesTheSameModelFileWhichTheEngineCanRead() {
        String header = "trained on a test story";
        String once = StanceModelTrainer.train(twoSets(), 0.3).file(List.of(header));
        String twice = StanceModelTrainer.train(twoSets(), 0.3).file(List.of(header));
        assertThat(once).isEqualTo(twice).startsWith("# " + header + "\n").contains("threshold 0.30\n");
        for (String feature : StanceTraining.featureNames()) {
            assertThat(once).contains("weight OPPOSE " + feature + " ", "weight SUPPORT " + feature + " ");
        }
        StanceTraining.check(once.lines().toList());
    }
}
