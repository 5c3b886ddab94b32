package io.newswire.cli;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.Stance;
import io.newswire.schema.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An actor's statement count in the terms of the public counts topic, without the display name
 * (that of the actor's latest counted statement, which replays may change): what the tests
 * derive from statements and compare with what the pipeline counted.
 */
record Tally(String type, long total, Map<String, Long> byKind, Map<String, Long> byStance) {

    Tally {
        byKind = Map.copyOf(byKind);
        byStance = Map.copyOf(byStance);
    }

    static Tally of(ActorStatementCount count) {
        return new Tally(count.getType().name(), count.getTotal(), count.getByKind(), count.getByStance());
    }

    static Map<String, Tally> of(Map<String, ActorStatementCount> countsByActor) {
        Map<String, Tally> tallies = new TreeMap<>();
        countsByActor.forEach((actorId, count) -> tallies.put(actorId, of(count)));
        return tallies;
    }

    /** The counts the statements make, by speaker actor id; unattributed statements count for no one. */
    static Map<String, Tally> fromStatements(Collection<Statement> statements) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (Statement statement : statements) {
            if (statement.getSpeaker() != null) {
                tallies.merge(statement.getSpeaker().getActorId(),
                        one(statement.getSpeaker().getType().name(), statement.getKind().name(),
                                statement.getStance().stream().map(Stance::getPolarity).map(Enum::name).toList()),
                        Tally::plus);
            }
        }
        return tallies;
    }

    static Tally one(String type, String kind, List<String> polarities) {
        Map<String, Long> byStance = new HashMap<>();
        polarities.forEach(polarity -> byStance.merge(polarity, 1L, Long::sum));
        return new Tally(type, 1, Map.of(kind, 1L), byStance);
    }

    Tally plus(Tally other) {
        Map<String, Long> kinds = new HashMap<>(byKind);
        other.byKind.forEach((kind, n) -> kinds.merge(kind, n, Long::sum));
        Map<String, Long> stances = new HashMap<>(byStance);
        other.byStance.forEach((polarity, n) -> stances.merge(polarity, n, Long::sum));
        return new Tally(type, total + other.total, kinds, stances);
    }
}
