package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.engine.ArticleText;
import io.newswire.engine.Enrichment;
import io.newswire.engine.EnrichmentEngine;
import io.newswire.engine.Statement;
import io.newswire.engine.rules.RuleBasedEnrichmentEngine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code newswire demo} in process: its own broker and registry, the real engine, the seeds. The
 * table it prints must hold exactly the counts that the engine's statements make.
 */
class DemoCommandIT {

    private static final Pattern ROW =
            Pattern.compile("^(.+?)\\s+(PERSON|ORG|LOCATION)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void printsTheCountsOfEverySeedsStatementsAndStops() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Newswire.commandLine(out, err).execute("demo", "--articles", PipelineScenario.SEEDS.toString(),
                "--engine", RuleBasedEnrichmentEngine.class.getName());

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]", "published 4, skipped 0", "timings:");

        List<Row> rows = new ArrayList<>();
        printed.lines().map(ROW::matcher).filter(Matcher::matches).forEach(m -> rows.add(Row.of(m)));
        Map<String, Expected> expected = expectedFromTheEngine();
        assertThat(rows).hasSameSizeAs(expected.values());
        for (Row row : rows) {
            Expected actor = expected.values().stream().filter(e -> e.names.contains(row.name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no speaker named " + row.name + " in " + expected));
            assertThat(row.tally).as(row.name).isEqualTo(actor.tally);
        }
        assertThat(rows).extracting(r -> r.tally.total()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    /** The tally of each speaker over the engine's statements on the seeds, with every name the speaker went by. */
    private static Map<String, Expected> expectedFromTheEngine() throws Exception {
        EnrichmentEngine engine = new RuleBasedEnrichmentEngine();
        Map<String, Expected> byActor = new HashMap<>();
        for (Path seed : ArticleFiles.expand(List.of(PipelineScenario.SEEDS))) {
            String id = seed.getFileName().toString().replaceFirst("\\.txt$", "");
            Enrichment enrichment = engine.enrich(new ArticleText(id, Files.readString(seed)));
            for (Statement statement : enrichment.statements()) {
                if (statement.speaker() != null) {
                    Tally one = Tally.one(statement.speaker().type().name(), statement.kind().name(),
                            statement.stance().stream().map(s -> s.polarity().name()).toList());
                    Expected actor = byActor.computeIfAbsent(statement.speaker().actorId(), a -> new Expected());
                    actor.names.add(statement.speaker().name());
                    actor.tally = actor.tally == null ? one : actor.tally.plus(one);
                }
            }
        }
        assertThat(byActor).as("speakers the engine finds in the seeds").isNotEmpty();
        return byActor;
    }

    private static final class Expected {
        final Set<String> names = new HashSet<>();
        Tally tally;

        @Override
        public String toString() {
            return names + "=" + tally;
        }
    }

    /** A printed row: the table shows the kinds and stances that are zero as 0, a tally leaves them out. */
    private record Row(String name, Tally tally) {

        static Row of(Matcher m) {
            Map<String, Long> kinds = new HashMap<>();
            Map<String, Long> stances = new HashMap<>();
            putNonZero(kinds, "DIRECT", m.group(4));
            putNonZero(kinds, "INDIRECT", m.group(5));
            putNonZero(stances, "SUPPORT", m.group(6));
            putNonZero(stances, "OPPOSE", m.group(7));
            return new Row(m.group(1).strip(), new Tally(m.group(2), Long.parseLong(m.group(3)), kinds, stances));
        }

        private static void putNonZero(Map<String, Long> counts, String key, String value) {
            long n = Long.parseLong(value);
            if (n != 0) {
                counts.put(key, n);
            }
        }
    }
}
