package io.newswire.stack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

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
    private static final int PORT_ATTEMPTS = 3;
    private static final String QUARKUS_PORT_IN_USE = "seems to be in use by another process";

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
        // A free port can be taken by another process before the registry binds it: try again then.
        int attempts = port == 0 ? PORT_ATTEMPTS : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(FreePorts.resolve(port), runnerJar, timeout);
            } catch (PortInUseException e) {
                if (attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    private static EmbeddedSchemaRegistry startOnce(int httpPort, Path runnerJar, Duration timeout) {
        Path workDir = createWorkDir();
        Path log = workDir.resolve("registry.log");
        Process process;
        try {
            List<String> command = command(runnerJar, mainClass(runnerJar), installWatchdog(workDir), httpPort);
            process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException | RuntimeException e) {
            Directories.deleteRecursively(workDir);
            throw new IllegalStateException("Could not start Apicurio Registry from " + runnerJar + ": " + e.getMessage(), e);
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
            String message = e.getMessage() + "\n--- last lines of the registry log ---\n" + tail;
            throw tail.contains(QUARKUS_PORT_IN_USE)
                    ? new PortInUseException(message, e) : new IllegalStateException(message, e);
        }
    }

    /**
     * The registry's main class, run through {@link RegistryWatchdog} with the runner jar on the
     * class path (its manifest's {@code Class-Path} then brings in {@code lib/}).
     */
    static List<String> command(Path runnerJar, String mainClass, Path watchdogClasses, int httpPort) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // A small heap and C1 only: this is a test fixture that should start fast on 2 cores.
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-cp");
        command.add(watchdogClasses.toAbsolutePath() + File.pathSeparator + runnerJar.toAbsolutePath());
        command.add(RegistryWatchdog.class.getName());
        command.add(String.valueOf(ProcessHandle.current().pid()));
        command.add(mainClass);
        return command;
    }

    private static String mainClass(Path runnerJar) {
        try (JarFile jar = new JarFile(runnerJar.toFile())) {
            Manifest manifest = jar.getManifest();
            String mainClass = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            if (mainClass == null) {
                throw new IllegalStateException(runnerJar + " names no Main-Class");
            }
            return mainClass;
        } catch (IOException e) {
            throw new UncheckedIOException(runnerJar + " is not a readable jar", e);
        }
    }

    /** Copies {@link RegistryWatchdog} into {@code workDir/watchdog}, a class-path root of its own. */
    static Path installWatchdog(Path workDir) throws IOException {
        Path root = workDir.resolve("watchdog");
        String resource = RegistryWatchdog.class.getName().replace('.', '/') + ".class";
        Path target = root.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = RegistryWatchdog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            Files.copy(in, target);
        }
        return root;
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

    private static final class PortInUseException extends IllegalStateException {
        PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
