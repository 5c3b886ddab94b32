package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.EntityType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountTableTest {

    @Test
    void mostStatementsFirstThenByNameWithZerosForMissingKindsAndStances() {
        String table = CountTable.format(List.of(
                count("org:acme", "Acme", EntityType.ORG, 2, Map.of("INDIRECT", 2L), Map.of()),
                count("person:zoe-li", "Zoe Li", EntityType.PERSON, 5, Map.of("DIRECT", 3L, "INDIRECT", 2L),
                        Map.of("SUPPORT", 1L, "OPPOSE", 4L)),
                count("person:ann-bo", "Ann Bo", EntityType.PERSON, 2, Map.of("DIRECT", 2L), Map.of("OPPOSE", 1L))));

        assertThat(table.lines()).containsExactly(
                "actor   type    total  direct  indirect  support  oppose",
                "Zoe Li  PERSON      5       3         2        1       4",
                "Acme    ORG         2       0         2        0       0",
                "Ann Bo  PERSON      2       2         0        0       1");
    }

    @Test
    void noCountsSaySo() {
        assertThat(CountTable.format(List.of())).contains("no actor");
    }

    private static ActorStatementCount count(String id, String name, EntityType type, long total,
            Map<String, Long> byKind, Map<String, Long> byStance) {
        return new ActorStatementCount(id, name, type, total, byKind, byStance);
    }
}
