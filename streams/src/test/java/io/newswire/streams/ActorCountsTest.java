package io.newswire.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schema.ActorRef;
import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.EntityType;
import io.newswire.schema.Polarity;
import io.newswire.schema.Stance;
import io.newswire.schema.Statement;
import io.newswire.schema.StatementKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorCountsTest {

    private static final ActorRef ANN = new ActorRef("person:ann-lee", "Ann Lee", EntityType.PERSON);
    private static final ActorRef ACME = new ActorRef("org:acme", "Acme", EntityType.ORG);

    @Test
    void subtractingWhatWasAddedLeavesNoTrace() {
        Statement direct = statement("s1", StatementKind.DIRECT, new Stance(ACME, Polarity.SUPPORT));
        Statement indirect = statement("s2", StatementKind.INDIRECT, new Stance(ACME, Polarity.OPPOSE));
        ActorStatementCount one = ActorCounts.add(direct, ActorCounts.none());

        ActorStatementCount two = ActorCounts.add(indirect, one);

        assertThat(two.getTotal()).isEqualTo(2);
        assertThat(ActorCounts.subtract(indirect, two)).isEqualTo(one);
        assertThat(ActorCounts.subtract(direct, one)).isNull();
    }

    private static Statement statement(String id, StatementKind kind, Stance stance) {
        return Statement.newBuilder().setStatementId(id).setArticleId("a1").setSpeaker(ANN).setKind(kind)
                .setText("t").setStart(0).setEnd(1).setStance(List.of(stance)).build();
    }
}
