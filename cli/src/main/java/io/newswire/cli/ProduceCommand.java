package io.newswire.cli;

import io.newswire.producer.ArticleProducer;
import io.newswire.producer.PublishOptions;
import io.newswire.producer.PublishSummary;
import io.newswire.schema.PublicationStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

// No mixinStandardHelpOptions: its --version would take the name of the article version.
@Command(name = "produce",
        description = {"Publishes article files as raw articles, keyed by file name without extension.",
            "Exit status 1 when a file was not published (listed with the reason)."})
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

    @Override
    public Integer call() throws IOException {
        List<Path> files = ArticleFiles.expand(articles == null ? List.of(ArticleFiles.defaultFolder()) : articles);
        try (ArticleProducer producer = ArticleProducer.create(connection.properties(),
                new PublishOptions(source, version, status))) {
            PublishSummary summary = producer.publish(files);
            spec.commandLine().getOut().println(summary.describe());
            return summary.exitCode();
        }
    }
}
