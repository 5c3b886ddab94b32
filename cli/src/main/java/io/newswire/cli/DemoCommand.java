package io.newswire.cli;

import io.newswire.schema.ApicurioAvroSerdes;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.newswire.config.ClientProperties;
import io.newswire.producer.ArticleProducer;
import io.newswire.producer.PublishOptions;
import io.newswire.producer.PublishSummary;
import io.newswire.schema.SchemaRegistration;
import io.newswire.schema.Topic;
import io.newswire.schema.Topics;
import io.newswire.stack.LocalStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline on a Kafka broker and schema registry of its own (no cluster needed):",
            "publishes the articles, waits until every one is enriched and the counts have settled, prints the",
            "per-actor counts as read back from the public counts topic, and stops everything."})
final class DemoCommand implements Callable<Integer> {

    private static final int STEPS = 5;

    @Spec
    CommandSpec spec;

    @Mixin
    EngineOption engine;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Articles to publish (default: seeds/ of the newswire checkout).")
    Path articles;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
            description = "Give up when the articles are not all processed after this long (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    private PrintWriter out;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private long lapStart;

    @Override
    public Integer call() throws IOException, InterruptedException {
        out = spec.commandLine().getOut();
        List<Path> files = ArticleFiles.expand(List.of(articles == null ? ArticleFiles.defaultFolder() : articles));
        var selected = engine.load();
        quietLogsUnlessAsked();
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        long start = System.nanoTime();
        lapStart = start;

        step(1, "starting Kafka and the schema registry...");
        Path stateDir = Files.createTempDirectory("newswire-demo-");
        try (LocalStack stack = LocalStack.builder().start()) {
            lap("stack");
            out.println("      broker " + stack.bootstrapServers() + ", registry " + stack.registryUrl());

            step(2, "registering the Avro schemas (compatibility " + SchemaRegistration.COMPATIBILITY + ")...");
            Map<String, Integer> ids = new SchemaRegistration(stack.registryUrl()).registerValueSchemas();
            out.println("      " + ids);
            lap("schemas");

            Properties props = new Properties();
            props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
            props.put(ClientProperties.SCHEMA_REGISTRY_URL, stack.registryUrl());
            props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            step(3, "starting the enricher, the counter and the public sink (engine "
                    + selected.getClass().getSimpleName() + " " + selected.version() + ")...");
            try (PipelineServices services = PipelineServices.start(props, selected)) {
                services.awaitRunning(timeout);
                lap("services");

                step(4, "publishing " + files.size() + " articles...");
                PublishSummary summary;
                try (ArticleProducer producer = ArticleProducer.create(props, PublishOptions.defaults())) {
                    summary = producer.publish(files);
                }
                out.println("      " + summary.describe().replace(System.lineSeparator(), System.lineSeparator() + "      "));
                lap("publish");

                step(5, "waiting until every article is enriched and the counts have settled...");
                awaitSettled(props, services, summary, timeout);
                lap("enrich and count");

                out.println();
                out.print(CountsCommand.read(props, timeout));
                out.println();
                out.println("timings: " + describeTimings() + String.format(", total %.1f s", seconds(System.nanoTime() - start)));
                out.println("stopping...");
                out.flush();
            }
        } finally {
            deleteRecursively(stateDir);
        }
        out.println(String.format("done in %.1f s", seconds(System.nanoTime() - start)));
        return 0;
    }

    /**
     * Settled: every published article is on the public enriched topic or was dead-lettered, and
     * the enricher, the counter and the sink have processed all their input.
     */
    private void awaitSettled(Properties props, PipelineServices services, PublishSummary summary, Duration timeout)
            throws InterruptedException {
        Topics topics = new Topics(ApicurioAvroSerdes.fromProperties(props));
        Topic<String, byte[]> deadLetters = new Topic<>(Topics.DEAD_LETTERS, Serdes.String(), Serdes.ByteArray());
        CompactedTopicReader reader = new CompactedTopicReader(props, timeout);
        Set<String> expected = new TreeSet<>();
        summary.published().forEach(p -> expected.add(p.articleId()));
        try (ConsumerGroupProgress progress = new ConsumerGroupProgress(props)) {
            Polling.until(() -> {
                Set<String> pending = new TreeSet<>(expected);
                pending.removeAll(reader.latestValues(topics.publicEnrichedArticles()).keySet());
                pending.removeAll(reader.latestValues(deadLetters).keySet());
                return pending.isEmpty() && progress.behind(services.consumerGroups()).isEmpty();
            }, timeout, "the articles were not all enriched and counted");
        }
        Set<String> rejected = new TreeSet<>(expected);
        rejected.retainAll(reader.latestValues(deadLetters).keySet());
        if (!rejected.isEmpty()) {
            out.println("      dead-lettered (see " + Topics.DEAD_LETTERS + "): " + rejected);
        }
    }

    private void step(int n, String what) {
        out.println("[" + n + "/" + STEPS + "] " + what);
        out.flush();
    }

    private void lap(String name) {
        long now = System.nanoTime();
        timings.put(name, now - lapStart);
        lapStart = now;
    }

    private String describeTimings() {
        StringBuilder text = new StringBuilder();
        timings.forEach((name, nanos) -> text.append(text.length() == 0 ? "" : ", ")
                .append(name).append(String.format(" %.1f s", seconds(nanos))));
        return text.toString();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /**
     * The demo's own progress lines tell the story; the services' INFO logs (topologies, state
     * changes) and the broker's start-up warnings would bury them. Setting NEWSWIRE_LOG_LEVEL, as
     * in logback.xml, keeps every log.
     */
    private static void quietLogsUnlessAsked() {
        if (System.getenv("NEWSWIRE_LOG_LEVEL") != null) {
            return;
        }
        setLevel("io.newswire", Level.WARN);
        for (String kafka : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
            setLevel(kafka, Level.ERROR);
        }
    }

    private static void setLevel(String name, Level level) {
        if (LoggerFactory.getLogger(name) instanceof Logger logger) {
            logger.setLevel(level);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
