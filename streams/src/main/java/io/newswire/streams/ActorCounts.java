package io.newswire.streams;

import io.newswire.schema.ActorRef;
import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.Stance;
import io.newswire.schema.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The adder and subtractor of the per-actor count. Counts that reach zero are dropped, from the
 * maps and as a whole, so that adding and then removing a statement leaves exactly what was
 * there before: a replay or a correction cannot leave a trace.
 */
final class ActorCounts {

    private ActorCounts() {
    }

    /** Placeholder that only the adder ever sees; the adder fills in the actor. */
    static ActorStatementCount none() {
        return new ActorStatementCount(null, null, null, 0L, Map.of(), Map.of());
    }

    static ActorStatementCount add(Statement statement, ActorStatementCount count) {
        return changed(count, statement.getSpeaker(), statement, 1);
    }

    /** @return null, which deletes the actor's count, when the actor has no statement left */
    static ActorStatementCount subtract(Statement statement, ActorStatementCount count) {
        ActorStatementCount left = changed(count, actorOf(count), statement, -1);
        return left.getTotal() > 0 ? left : null;
    }

    private static ActorRef actorOf(ActorStatementCount count) {
        return new ActorRef(count.getActorId(), count.getName(), count.getType());
    }

    private static ActorStatementCount changed(ActorStatementCount count, ActorRef actor, Statement statement,
            long delta) {
        Map<String, Long> byKind = new HashMap<>(count.getByKind());
        Map<String, Long> byStance = new HashMap<>(count.getByStance());
        addTo(byKind, statement.getKind().name(), delta);
        for (Stance stance : statement.getStance()) {
            addTo(byStance, stance.getPolarity().name(), delta);
        }
        return new ActorStatementCount(actor.getActorId(), actor.getName(), actor.getType(),
                count.getTotal() + delta, byKind, byStance);
    }

    private static void addTo(Map<String, Long> counts, String key, long delta) {
        long n = counts.getOrDefault(key, 0L) + delta;
        if (n == 0) {
            counts.remove(key);
        } else {
            counts.put(key, n);
        }
    }
}
