package io.newswire.producer;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one publish call: which articles the broker acknowledged and which files were
 * left out, and why.
 */
public record PublishSummary(List<Published> published, List<Skipped> skipped) {

    /** An article the broker acknowledged. */
    public record Published(Path file, String articleId, String contentHash, int partition, long offset) {
    }

    /** A file that was not published, with the reason. */
    public record Skipped(Path file, String reason) {
    }

    public PublishSummary {
        published = List.copyOf(published);
        skipped = List.copyOf(skipped);
    }

    /** True when every file given was published. */
    public boolean complete() {
        return skipped.isEmpty();
    }

    /** 0 when everything was published, 1 when something was skipped: for command-line tools. */
    public int exitCode() {
        return complete() ? 0 : 1;
    }

    /** A human-readable report, one line per skipped file. */
    public String describe() {
        StringBuilder out = new StringBuilder()
                .append("published ").append(published.size())
                .append(", skipped ").append(skipped.size());
        skipped.forEach(s -> out.append(System.lineSeparator())
                .append("  skipped ").append(s.file()).append(": ").append(s.reason()));
        return out.toString();
    }
}
