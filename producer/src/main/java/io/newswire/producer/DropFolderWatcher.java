package io.newswire.producer;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes {@code *.txt} files as they are dropped into a folder, on its own thread, until
 * closed. A file is published once it has not changed for a quiet period, so that a file still
 * being written is not published half-way; writing elsewhere and moving the file in is safest.
 */
public final class DropFolderWatcher implements AutoCloseable {

    static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(500);
    private static final Logger LOG = LoggerFactory.getLogger(DropFolderWatcher.class);

    private final Path folder;
    private final WatchService watchService;
    private final Function<List<Path>, PublishSummary> publisher;
    private final Consumer<PublishSummary> onPublished;
    private final long quietNanos;
    private final Thread thread;
    private final Map<Path, Long> pending = new LinkedHashMap<>();

    private DropFolderWatcher(Path folder, Function<List<Path>, PublishSummary> publisher,
            Consumer<PublishSummary> onPublished, Duration quietPeriod) throws IOException {
        this.folder = folder;
        this.watchService = folder.getFileSystem().newWatchService();
        this.publisher = publisher;
        this.onPublished = onPublished;
        this.quietNanos = quietPeriod.toNanos();
        folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY);
        this.thread = new Thread(this::run, "drop-folder-" + folder.getFileName());
    }

    static DropFolderWatcher start(Path folder, Function<List<Path>, PublishSummary> publisher,
            Consumer<PublishSummary> onPublished, Duration quietPeriod) {
        try {
            DropFolderWatcher watcher = new DropFolderWatcher(folder, publisher, onPublished, quietPeriod);
            watcher.thread.start();
            LOG.info("Watching {} for new articles", folder);
            return watcher;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + folder, e);
        }
    }

    static boolean isArticleFile(Path file) {
        return file.getFileName().toString().endsWith(".txt") && Files.isRegularFile(file);
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watchService.poll(quietNanos, TimeUnit.NANOSECONDS);
                if (key != null) {
                    collect(key);
                }
                publishSettled();
            }
        } catch (ClosedWatchServiceException e) {
            LOG.info("Stopped watching {}", folder);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Drop-folder watcher on {} failed", folder, e);
        }
    }

    private void collect(WatchKey key) {
        long now = System.nanoTime();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                LOG.warn("Missed file events in {}; publish the folder again to catch up", folder);
            } else {
                pending.put(folder.resolve((Path) event.context()), now);
            }
        }
        key.reset();
    }

    private void publishSettled() {
        long now = System.nanoTime();
        List<Path> settled = new ArrayList<>();
        pending.entrySet().removeIf(e -> {
            boolean quiet = now - e.getValue() >= quietNanos;
            if (quiet && isArticleFile(e.getKey())) {
                settled.add(e.getKey());
            }
            return quiet;
        });
        if (!settled.isEmpty()) {
            PublishSummary summary = publisher.apply(settled.stream().sorted().toList());
            LOG.info("Drop folder {}: {}", folder, summary.describe());
            onPublished.accept(summary);
        }
    }

    /** Stops watching and waits for a publish in progress to finish. */
    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.warn("Closing the watch service of {}", folder, e);
        }
        try {
            thread.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
