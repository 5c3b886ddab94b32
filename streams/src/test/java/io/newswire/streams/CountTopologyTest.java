package io.newswire.streams;

import static io.newswire.streams.Articles.article;
import static io.newswire.streams.Articles.retracted;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.EntityType;
import io.newswire.schema.PlainAvroSerdes;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Topics;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count topology fed by the enrichment topology, as it is on the broker. */
class CountTopologyTest {

    private static final String ANN = "person:ann-lee";
    private static final String BOB = "person:bob-ray";

    @TempDir
    Path stateDir;
    private Pipeline pipeline;

    @BeforeEach
    void start() {
        pipeline = new Pipeline(stateDir);
    }

    @AfterEach
    void close() {
        pipeline.close();
    }

    @Test
    void countsEachSpeakersStatementsByKindAndStance() {
        pipeline.publish(article("a1", 1,
                "Ann Lee|DIRECT|We will win|+Acme,-Globex",
                "Ann Lee|INDIRECT|they lost|-Globex",
                "Bob Ray|DIRECT|No comment|",
                "-|INDIRECT|nobody said this|+Acme"));

        assertThat(pipeline.counts()).containsOnlyKeys(ANN, BOB);
        assertThat(pipeline.counts().get(ANN)).isEqualTo(new ActorStatementCount(ANN, "Ann Lee", EntityType.PERSON, 2L,
                Map.of("DIRECT", 1L, "INDIRECT", 1L), Map.of("SUPPORT", 1L, "OPPOSE", 2L)));
        assertThat(pipeline.counts().get(BOB)).isEqualTo(new ActorStatementCount(BOB, "Bob Ray", EntityType.PERSON, 1L,
                Map.of("DIRECT", 1L), Map.of()));
    }

    @Test
    void replayingTheSameArticlesLeavesTheCountsUnchanged() {
        RawArticle a1 = article("a1", 1, "Ann Lee|DIRECT|One|+Acme", "Bob Ray|INDIRECT|Two|");
        RawArticle a2 = article("a2", 1, "Ann Lee|INDIRECT|Three|-Acme");
        pipeline.publish(a1);
        pipeline.publish(a2);
        Map<String, ActorStatementCount> once = pipeline.counts();
        int changesBefore = pipeline.countChanges().size();

        for (int replay = 0; replay < 3; replay++) {
            pipeline.publish(a1);
            pipeline.publish(a2);
        }

        assertThat(once.get(ANN).getTotal()).isEqualTo(2);
        assertThat(pipeline.counts()).isEqualTo(once);
        // and no reader ever sees a count in between: a replayed statement is never counted twice
        assertThat(pipeline.countChanges().subList(changesBefore, pipeline.countChanges().size()))
                .isNotEmpty()
                .allSatisfy(change -> assertThat(change.value).isEqualTo(once.get(change.key)));
    }

    @Test
    void aNewVersionWithoutAStatementDecrementsItsSpeaker() {
        pipeline.publish(article("a1", 1, "Ann Lee|DIRECT|One|+Acme", "Ann Lee|DIRECT|Two|"));
        assertThat(pipeline.counts().get(ANN).getTotal()).isEqualTo(2);

        pipeline.publish(article("a1", 2, "Ann Lee|DIRECT|Two|"));

        assertThat(pipeline.counts().get(ANN)).isEqualTo(new ActorStatementCount(ANN, "Ann Lee", EntityType.PERSON, 1L,
                Map.of("DIRECT", 1L), Map.of()));
    }

    @Test
    void aRetractionRemovesAllOfTheArticlesStatementsAndTombstonesActorsLeftWithNone() {
        pipeline.publish(article("a1", 1, "Ann Lee|DIRECT|One|", "Bob Ray|DIRECT|Two|"));
        pipeline.publish(article("a2", 1, "Ann Lee|INDIRECT|Three|"));

        pipeline.publish(retracted("a1", 2));

        assertThat(pipeline.counts()).containsOnlyKeys(ANN);
        assertThat(pipeline.counts().get(ANN).getByKind()).isEqualTo(Map.of("INDIRECT", 1L));
        assertThat(pipeline.countChanges()).last().isEqualTo(KeyValue.pair(BOB, null));
    }

    @Test
    void aStatementGivenToAnotherSpeakerMovesToThatSpeaker() {
        pipeline.publish(article("a1", 1, "Ann Lee|DIRECT|Same span|"));

        pipeline.publish(article("a1", 2, "Bob Ray|DIRECT|Same span|"));

        assertThat(pipeline.counts()).containsOnlyKeys(BOB);
        assertThat(pipeline.countChanges()).contains(KeyValue.pair(ANN, null));
    }

    @Test
    void anOlderVersionDoesNotChangeTheCounts() {
        pipeline.publish(article("a1", 2, "Ann Lee|DIRECT|One|"));

        pipeline.publish(article("a1", 1, "Bob Ray|DIRECT|Two|", "Bob Ray|DIRECT|Three|"));

        assertThat(pipeline.counts()).containsOnlyKeys(ANN);
    }

    @Test
    void namesItsStoresAndRepartitionTopic() {
        String description = CountTopology.build(new Topics(new PlainAvroSerdes())).describe().toString();

        assertThat(description).contains(CountTopology.SOURCE, CountTopology.STATEMENTS_STORE, CountTopology.WITH_SPEAKER,
                CountTopology.BY_SPEAKER + "-repartition", CountTopology.COUNT, CountTopology.COUNTS_STORE,
                CountTopology.TO_STREAM, CountTopology.SINK);
        assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
    }
}
