package io.newswire.cli;

import io.newswire.producer.ArticleProducer;
import io.newswire.producer.PublishOptions;
import io.newswire.producer.PublishSummary;
import io.newswire.schema.PublicationStatus;
import io.newswire.schema.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

// No mixinStandardHelpOptions: its --version would take the name of the article version.
@Command(name = "produce",
        description = {"Publishes article files as raw articles, keyed by file name without extension.",
            "A file that is not a valid article (unreadable, blank, not UTF-8) goes to " + Topics.DEAD_LETTERS
                + " with the reason, and is listed as dead-lettered.",
            "Exit status 1 when a file could not be sent to either topic (listed as skipped, with the reason)."})
final class ProduceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConnectionOptions connection;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(arity = "0..*", paramLabel = "DIR|FILE",
            description = "Article files, or directories whose *.txt are published in name order (default: seeds/ of the checkout).")
    List<Path> articles;

    @Option(names = "--version", paramLabel = "N", defaultValue = "1",
            description = "Article version; a correction or retraction needs a higher one than before (default: ${DEFAULT-VALUE}).")
    int version;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "PUBLISHED",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PublicationStatus status;

    @Option(names = "--source", paramLabel = "NAME", description = "Feed name (default: each file's folder name).")
    String source;

    @Option(names = "--watch",
            description = "After publishing, keep watching the folder (one DIR) as a drop folder and publish each *.txt file put into it, until Ctrl-C.")
    boolean watch;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Path> given = articles == null ? List.of(ArticleFiles.defaultFolder()) : articles;
        if (watch && (given.size() != 1 || !Files.isDirectory(given.get(0)))) {
            throw new ParameterException(spec.commandLine(), "--watch needs exactly one folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleProducer producer = ArticleProducer.create(connection.properties(),
                new PublishOptions(source, version, status))) {
            PublishSummary summary = producer.publish(ArticleFiles.expand(given));
            out.println(summary.describe());
            if (!watch) {
                return summary.exitCode();
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Thread hook = new Thread(stopped::countDown, "newswire-produce-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try (var watcher = producer.watch(given.get(0), dropped -> {
                out.println(dropped.describe());
                out.flush();
            })) {
                out.println("newswire: watching " + given.get(0) + " for new articles; stop with Ctrl-C");
                out.flush();
                stopped.await();
            }
            return 0;
        }
    }
}
