package io.newswire.streams;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.Statement;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Current statements in; per-actor statement counts out. A table, so that a statement's
 * tombstone or new value takes its old value out of the count (subtractor) before the new one
 * goes in (adder): replays, corrections and retractions count every statement once. An actor
 * whose last statement is withdrawn gets a tombstone, which deletes it from the compacted topic.
 */
public final class CountTopology {

    public static final String SOURCE = "statements";
    /** The current statements by statement id. */
    public static final String STATEMENTS_STORE = "current-statements";
    /** Unattributed statements are not anyone's, so they are not counted. */
    public static final String WITH_SPEAKER = "statements-with-speaker";
    /** Names the re-keying processor and its topic, {@code <application.id>-statements-by-speaker-repartition}. */
    public static final String BY_SPEAKER = "statements-by-speaker";
    public static final String COUNT = "count-statements";
    /** Actor id to its count. */
    public static final String COUNTS_STORE = "actor-statement-counts";
    public static final String TO_STREAM = "actor-counts-changes";
    public static final String SINK = "actor-counts-sink";

    private CountTopology() {
    }

    public static Topology build(Topics topics) {
        Topic<String, Statement> statements = topics.statements();
        Topic<String, ActorStatementCount> counts = topics.actorCounts();
        StreamsBuilder builder = new StreamsBuilder();
        builder.table(statements.name(),
                        Consumed.with(statements.keySerde(), statements.valueSerde()).withName(SOURCE),
                        Materialized.<String, Statement, KeyValueStore<Bytes, byte[]>>as(STATEMENTS_STORE)
                                .withKeySerde(statements.keySerde())
                                .withValueSerde(statements.valueSerde()))
                .filter((id, statement) -> statement.getSpeaker() != null, Named.as(WITH_SPEAKER))
                .groupBy((id, statement) -> KeyValue.pair(statement.getSpeaker().getActorId(), statement),
                        Grouped.with(BY_SPEAKER, statements.keySerde(), statements.valueSerde()))
                .aggregate(ActorCounts::none,
                        (actorId, statement, count) -> ActorCounts.add(statement, count),
                        (actorId, statement, count) -> ActorCounts.subtract(statement, count),
                        Named.as(COUNT),
                        Materialized.<String, ActorStatementCount, KeyValueStore<Bytes, byte[]>>as(COUNTS_STORE)
                                .withKeySerde(counts.keySerde())
                                .withValueSerde(counts.valueSerde()))
                .toStream(Named.as(TO_STREAM))
                .to(counts.name(), Produced.with(counts.keySerde(), counts.valueSerde()).withName(SINK));
        return builder.build();
    }
}
