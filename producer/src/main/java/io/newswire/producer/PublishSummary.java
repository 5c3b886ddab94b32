package io.newswire.producer;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one publish call: which articles the broker acknowledged, which files were
 * dead-lettered because they are not articles, and which files were left out because a send
 * failed, and why.
 */
public record PublishSummary(List<Published> published, List<DeadLettered> deadLettered, List<Skipped> skipped) {

    /** An article the broker acknowledged. */
    public record Published(Path file, String articleId, String contentHash, int partition, long offset) {
    }

    /**
     * A file that is not a valid article, acknowledged on the dead-letter topic with its reason
     * code ({@code NOT_UTF8}, {@code EMPTY}, {@code UNREADABLE}) and message.
     */
    public record DeadLettered(Path file, String articleId, String reason, String message, int partition, long offset) {
    }

    /** A file that is on no topic because a send failed, with the reason. */
    public record Skipped(Path file, String reason) {
    }

    public PublishSummary {
        published = List.copyOf(published);
        deadLettered = List.copyOf(deadLettered);
        skipped = List.copyOf(skipped);
    }

    /**
     * True when every file given is on a topic: published, or dead-lettered because it is not an
     * article. A dead-lettered file is bad input, not a failure to publish.
     */
    public boolean complete() {
        return skipped.isEmpty();
    }

    /** 0 when every file is on a topic, 1 when a send failed: for command-line tools. */
    public int exitCode() {
        return complete() ? 0 : 1;
    }

    /** A human-readable report, one line per dead-lettered or skipped file. */
    public String describe() {
        StringBuilder out = new StringBuilder()
                .append("published ").append(published.size())
                .append(", skipped ").append(skipped.size())
                .append(", dead-lettered ").append(deadLettered.size());
        deadLettered.forEach(d -> out.append(System.lineSeparator())
                .append("  dead-lettered ").append(d.file()).append(": ").append(d.reason())
                .append(" (").append(d.message()).append(')'));
        skipped.forEach(s -> out.append(System.lineSeparator())
                .append("  skipped ").append(s.file()).append(": ").append(s.reason()));
        return out.toString();
    }
}
