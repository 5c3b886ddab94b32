package io.newswire.streams;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.PlainAvroSerdes;
import io.newswire.schema.RawArticle;
import io.newswire.schema.Statement;
import io.newswire.schema.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Both applications in test drivers, joined as on a broker: every statement the enricher
 * writes, tombstones included, is fed to the counter.
 */
final class Pipeline implements AutoCloseable {

    private final TopologyTestDriver enricher;
    private final TopologyTestDriver counter;
    private final TestInputTopic<String, RawArticle> raw;
    private final TestOutputTopic<String, Statement> statementsOut;
    private final TestInputTopic<String, Statement> statementsIn;
    private final TestOutputTopic<String, ActorStatementCount> countsOut;
    /** The compacted view of the counts topic: what a reader sees after compaction. */
    private final Map<String, ActorStatementCount> counts = new TreeMap<>();
    private final List<KeyValue<String, ActorStatementCount>> countChanges = new ArrayList<>();
    private Instant clock = Instant.parse("2026-01-01T00:00:00Z");

    Pipeline(Path stateDir) {
        PlainAvroSerdes avro = new PlainAvroSerdes();
        Topics topics = new Topics(avro);
        enricher = Drivers.enricher(avro, Drivers.config(stateDir, NewswireStreams.ENRICHER));
        counter = Drivers.counter(avro, stateDir);
        raw = Drivers.input(enricher, topics.rawArticles());
        statementsOut = Drivers.output(enricher, topics.statements());
        statementsIn = Drivers.input(counter, topics.statements());
        countsOut = Drivers.output(counter, topics.actorCounts());
    }

    void publish(RawArticle article) {
        clock = clock.plusSeconds(1);
        raw.pipeInput(article.getArticleId(), article, clock);
        statementsOut.readRecordsToList().forEach(statementsIn::pipeInput);
        for (KeyValue<String, ActorStatementCount> change : countsOut.readKeyValuesToList()) {
            countChanges.add(change);
            if (change.value == null) {
                counts.remove(change.key);
            } else {
                counts.put(change.key, change.value);
            }
        }
    }

    Map<String, ActorStatementCount> counts() {
        return Map.copyOf(counts);
    }

    /** Every record written to the counts topic so far, tombstones included. */
    List<KeyValue<String, ActorStatementCount>> countChanges() {
        return List.copyOf(countChanges);
    }

    @Override
    public void close() {
        enricher.close();
        counter.close();
    }
}
