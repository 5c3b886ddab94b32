package io.newswire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.ActorIds;
import io.newswire.engine.Enrichment;
import io.newswire.engine.Entity;
import io.newswire.engine.EntityType;
import io.newswire.engine.Mention;
import io.newswire.engine.Polarity;
import io.newswire.engine.Stance;
import io.newswire.engine.Statement;
import io.newswire.engine.StatementKind;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionWriterTest {

    private static final Entity SHEINBAUM = entity("Claudia Sheinbaum", EntityType.PERSON, "Sheinbaum");
    private static final Entity US = entity("United States", EntityType.LOCATION, "U.S.");

    private final Enrichment enrichment = new Enrichment("Title", List.of("Source link"), List.of(SHEINBAUM, US), List.of(
            new Statement("a.txt#10-43", SHEINBAUM, StatementKind.DIRECT, "We have no proof related to that.", 10, 43, "said",
                    List.of(new Stance(US, Polarity.OPPOSE))),
            new Statement("a.txt#50-60", null, StatementKind.INDIRECT, "it was “an invasion”", 50, 60, "said", List.of())));

    @Test
    void writesTheGuidelinesShapeInItsFieldOrderOnOneLine() {
        String line = PredictionWriter.toJsonLine(PredictionWriter.toPrediction("a.txt", enrichment));

        assertThat(line).isEqualTo("{\"article\":\"a.txt\","
                + "\"entities\":[{\"name\":\"Claudia Sheinbaum\",\"type\":\"PERSON\"},{\"name\":\"United States\",\"type\":\"LOCATION\"}],"
                + "\"statements\":[{\"speaker\":\"Claudia Sheinbaum\",\"kind\":\"DIRECT\",\"text\":\"We have no proof related to that.\","
                + "\"stance\":[{\"target\":\"United States\",\"polarity\":\"OPPOSE\"}]},"
                + "{\"speaker\":null,\"kind\":\"INDIRECT\",\"text\":\"it was “an invasion”\",\"stance\":[]}]}");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSamePrediction() throws Exception {
        PredictedArticle written = PredictionWriter.toPrediction("a.txt", enrichment);

        List<PredictedArticle> read = EvalFiles.readPredictions(
                new StringReader(PredictionWriter.toJsonLine(written) + "\n\n"), "test");

        assertThat(read).containsExactly(written);
    }

    private static Entity entity(String name, EntityType type, String mention) {
        return new Entity(ActorIds.of(type, name), name, type, List.of(new Mention(mention, 0, mention.length())));
    }
}
