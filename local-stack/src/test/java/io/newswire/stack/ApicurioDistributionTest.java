package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApicurioDistributionTest {

    @TempDir
    Path tmp;

    @Test
    void knowsTheVersionItWasBuiltWith() {
        assertThat(ApicurioDistribution.version()).matches("\\d+\\.\\d+\\.\\d+\\.Final");
    }

    @Test
    void usesTheDirectoryNamedByTheEnvironment() throws IOException {
        Path jar = Files.createFile(tmp.resolve("apicurio-registry-app-9.9.9-runner.jar"));

        ApicurioDistribution distribution = ApicurioDistribution.of(
                Map.of("user.home", tmp.resolve("home").toString()),
                Map.of(ApicurioDistribution.HOME_ENV, tmp.toString()));

        assertThat(distribution.runnerJar()).isEqualTo(jar);
    }

    @Test
    void rejectsAnOverrideWithoutARunnerJar() {
        ApicurioDistribution distribution = ApicurioDistribution.of(
                Map.of(ApicurioDistribution.HOME_PROPERTY, tmp.toString()), Map.of());

        assertThatThrownBy(distribution::runnerJar).hasMessageContaining(tmp.toString());
    }

    @Test
    void unpacksTheTarballFromTheLocalMavenRepositoryIntoTheCache() throws IOException {
        String version = ApicurioDistribution.version();
        Path repo = tmp.resolve("repo");
        Path tarball = repo.resolve("io/apicurio/apicurio-registry-app/" + version
                + "/apicurio-registry-app-" + version + "-all.tar.gz");
        writeTarball(tarball, Map.of(
                "apicurio-registry-app-" + version + "-runner.jar", "jar",
                "lib/dependency.jar", "lib"));
        ApicurioDistribution distribution = ApicurioDistribution.of(Map.of(
                "user.home", tmp.resolve("home").toString(),
                "maven.repo.local", repo.toString(),
                "newswire.cache.dir", tmp.resolve("cache").toString()), Map.of());

        Path jar = distribution.runnerJar();

        Path unpacked = tmp.resolve("cache/newswire/apicurio-registry-app-" + version);
        assertThat(jar).isEqualTo(unpacked.resolve("apicurio-registry-app-" + version + "-runner.jar"));
        assertThat(unpacked.resolve("lib/dependency.jar")).hasContent("lib");
        // a second use finds the unpacked copy and does not need the tarball any more
        Files.delete(tarball);
        assertThat(distribution.runnerJar()).isEqualTo(jar);
        try (var siblings = Files.list(unpacked.getParent())) {
            assertThat(siblings).as("no staging directory left behind").containsExactly(unpacked);
        }
    }

    @Test
    void explainsHowToFetchAMissingTarball() {
        ApicurioDistribution distribution = ApicurioDistribution.of(Map.of(
                "user.home", tmp.toString(),
                "maven.repo.local", tmp.resolve("empty-repo").toString()), Map.of());

        assertThatThrownBy(distribution::runnerJar)
                .hasMessageContaining("not in the local Maven repository")
                .hasMessageContaining(ApicurioDistribution.HOME_ENV);
    }

    private static void writeTarball(Path tarball, Map<String, String> files) throws IOException {
        Files.createDirectories(tarball.getParent());
        try (OutputStream out = Files.newOutputStream(tarball);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (var file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
    }
}
