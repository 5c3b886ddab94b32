package io.newswire.eval;

import static io.newswire.eval.Fixtures.gold;
import static io.newswire.eval.Fixtures.person;
import static io.newswire.eval.Fixtures.predicted;
import static io.newswire.eval.Fixtures.said;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    private final EvalResult result = Scorer.score(
            List.of(gold("a.txt", List.of(person("Nicolás Maduro", "Maduro")),
                    said("Nicolás Maduro", "we will resist"), said("Nicolás Maduro", "never again"))),
            List.of(predicted("a.txt", said("Maduro", "we will resist"))));

    @Test
    void textHasTheFourTasksOverallAndPerArticleAndTheActorTable() {
        String text = EvalReport.text(result);

        assertThat(text).contains("overall (micro)", "a.txt");
        assertThat(text).containsPattern("statements\\s+1\\s+1\\s+2\\s+1\\.000\\s+0\\.500\\s+0\\.667");
        assertThat(text).containsPattern("attribution\\s+1\\s+1\\s+2");
        assertThat(text).containsPattern("entities\\s+0\\s+0\\s+1\\s+0\\.000\\s+0\\.000\\s+0\\.000");
        assertThat(text).contains("stance", "per-actor count error: 0.500");
        assertThat(text).containsPattern("Nicolás Maduro\\s+2\\s+1\\s+1");
    }

    @Test
    void jsonCarriesTheSameFigures() throws Exception {
        JsonNode json = EvalJson.MAPPER.readTree(EvalReport.json(result));

        assertThat(json.at("/overall/statements/recall").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/articles/0/article").asText()).isEqualTo("a.txt");
        assertThat(json.at("/articles/0/attribution/tp").asInt()).isEqualTo(1);
        assertThat(json.at("/countError").asDouble()).isEqualTo(0.5);
        assertThat(json.at("/actors/0/actor").asText()).isEqualTo("Nicolás Maduro");
        assertThat(json.at("/actors/0/predicted").asInt()).isEqualTo(1);
    }
}
