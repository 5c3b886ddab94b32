package io.newswire.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Apicurio Registry (in-memory H2 storage) as a child process of this JVM, killed with its
 * process tree on {@link #close()} or when this JVM exits. Its output goes to {@link #logFile()}.
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    /** Quarkus starts in about 5 s on an idle laptop; a loaded 2-core CI machine needs far more. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 40;

    private final Process process;
    private final Thread killOnExit;
    private final Path workDir;
    private final String url;

    private EmbeddedSchemaRegistry(Process process, Thread killOnExit, Path workDir, String url) {
        this.process = process;
        this.killOnExit = killOnExit;
        this.workDir = workDir;
        this.url = url;
    }

    /**
     * Starts the registry and returns once its Confluent-compatible API answers.
     *
     * @param port the HTTP port, or 0 for a free one
     */
    public static EmbeddedSchemaRegistry start(int port, Path runnerJar, Duration timeout) {
        int httpPort = FreePorts.resolve(port);
        Path workDir = createWorkDir();
        Path log = workDir.resolve("registry.log");
        Process process;
        try {
            process = new ProcessBuilder(command(runnerJar, httpPort))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Apicurio Registry from " + runnerJar, e);
        }
        Thread killOnExit = new Thread(() -> kill(process), "newswire-registry-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        EmbeddedSchemaRegistry registry =
                new EmbeddedSchemaRegistry(process, killOnExit, workDir, "http://localhost:" + httpPort);
        try {
            registry.awaitReady(timeout);
            return registry;
        } catch (RuntimeException e) {
            String tail = tail(log);
            registry.close();
            throw new IllegalStateException(e.getMessage() + "\n--- last lines of the registry log ---\n" + tail, e);
        }
    }

    static List<String> command(Path runnerJar, int httpPort) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A small heap and C1 only: this is a test fixture that should start fast on 2 cores.
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-jar");
        command.add(runnerJar.toAbsolutePath().toString());
        return command;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url + "/apis/ccompat/v7/subjects"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with code " + process.exitValue());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Apicurio Registry", e);
            }
            sleep(POLL_INTERVAL);
        }
        throw new IllegalStateException("Apicurio Registry did not answer at " + url + " within " + timeout);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Apicurio Registry", e);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("newswire-registry-");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a working directory for Apicurio Registry", e);
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The registry's root URL, e.g. {@code http://localhost:8081}, without an API path. */
    public String url() {
        return url;
    }

    public Path logFile() {
        return workDir.resolve("registry.log");
    }

    @Override
    public void close() {
        kill(process);
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is already exiting and the hook is running or has run
        }
        Directories.deleteRecursively(workDir);
    }
}
