package io.newswire.stack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Finds the unpacked Apicurio Registry server (its {@code *-runner.jar} with {@code lib/} beside
 * it), in this order:
 * <ol>
 *   <li>the directory named by system property {@value #HOME_PROPERTY} or environment variable
 *       {@value #HOME_ENV};
 *   <li>the cache directory {@code $XDG_CACHE_HOME/newswire} (default {@code ~/.cache/newswire}),
 *       where the distribution is unpacked on first use from the local Maven repository
 *       ({@code maven.repo.local}, default {@code ~/.m2/repository}). The build of this module
 *       puts it there, so a fresh clone needs nothing but {@code ./mvnw}.
 * </ol>
 */
public final class ApicurioDistribution {

    public static final String HOME_PROPERTY = "newswire.apicurio.home";
    public static final String HOME_ENV = "NEWSWIRE_APICURIO_HOME";
    private static final String RUNNER_SUFFIX = "-runner.jar";
    private static final String COMPLETE_MARKER = ".unpacked";

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;

    ApicurioDistribution(Function<String, String> systemProperties, Function<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    public ApicurioDistribution() {
        this(System::getProperty, System::getenv);
    }

    /** The version this build was made with, e.g. {@code 2.6.13.Final}. */
    public static String version() {
        try (InputStream in = ApicurioDistribution.class.getResourceAsStream("apicurio.properties")) {
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("apicurio.properties is missing from the local-stack jar", e);
        }
    }

    /** The runner jar of an unpacked distribution, unpacking it into the cache if needed. */
    public Path runnerJar() {
        Optional<String> home = setting(HOME_PROPERTY, HOME_ENV);
        if (home.isPresent()) {
            return findRunnerJar(Path.of(home.get())).orElseThrow(() -> new IllegalStateException(
                    "No *" + RUNNER_SUFFIX + " in " + home.get() + " (set by " + HOME_PROPERTY + "/" + HOME_ENV + ")"));
        }
        String version = version();
        Path target = cacheDir().resolve("apicurio-registry-app-" + version);
        if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
            unpack(tarball(version), target);
        }
        return findRunnerJar(target).orElseThrow(() -> new IllegalStateException(
                "No *" + RUNNER_SUFFIX + " in " + target + "; delete that directory and try again"));
    }

    Path tarball(String version) {
        Path tarball = localRepository().resolve(Path.of("io", "apicurio", "apicurio-registry-app", version,
                "apicurio-registry-app-" + version + "-all.tar.gz"));
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException("Apicurio Registry " + version + " is not in the local Maven repository ("
                    + tarball + "). Build the project once (./mvnw -pl local-stack -am install -DskipTests) or set "
                    + HOME_ENV + " to an unpacked distribution.");
        }
        return tarball;
    }

    Path localRepository() {
        return setting("maven.repo.local", "MAVEN_REPO_LOCAL").map(Path::of)
                .orElseGet(() -> userHome().resolve(Path.of(".m2", "repository")));
    }

    Path cacheDir() {
        return setting("newswire.cache.dir", "XDG_CACHE_HOME").map(Path::of)
                .orElseGet(() -> userHome().resolve(".cache")).resolve("newswire");
    }

    private Path userHome() {
        return Path.of(systemProperties.apply("user.home"));
    }

    private Optional<String> setting(String property, String env) {
        return Optional.ofNullable(systemProperties.apply(property))
                .or(() -> Optional.ofNullable(environment.apply(env)))
                .filter(value -> !value.isBlank());
    }

    private static Optional<Path> findRunnerJar(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(RUNNER_SUFFIX)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Unpacks into a private directory and renames it into place, so concurrent first uses (two
     * test JVMs) never see half a distribution.
     */
    static void unpack(Path tarball, Path target) {
        Path staging = null;
        try {
            Files.createDirectories(target.getParent());
            staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".tmp-");
            extract(tarball, staging);
            Files.createFile(staging.resolve(COMPLETE_MARKER));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the move fails if another process unpacked it first, which is fine
            if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                throw new UncheckedIOException("Could not unpack " + tarball + " to " + target, e);
            }
        } finally {
            Directories.deleteRecursively(staging);
        }
    }

    private static void extract(Path tarball, Path into) throws IOException {
        try (InputStream file = Files.newInputStream(tarball);
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new GzipCompressorInputStream(new BufferedInputStream(file)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Entry outside the archive root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static ApicurioDistribution of(Map<String, String> systemProperties, Map<String, String> environment) {
        return new ApicurioDistribution(systemProperties::get, environment::get);
    }
}
