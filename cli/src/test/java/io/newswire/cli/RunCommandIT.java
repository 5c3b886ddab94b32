package io.newswire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.engine.rules.RuleBasedEnrichmentEngine;
import io.newswire.stack.LocalStack;
import io.newswire.stack.SharedLocalStack;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run}, {@code produce} and {@code counts} against a running cluster with the flags the
 * docker-compose services use, in process; {@code run} is stopped by interrupting its thread.
 */
class RunCommandIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void runsTheServicesThatProducedArticlesAreCountedByAndStopsCleanly() throws Exception {
        LocalStack stack = SharedLocalStack.get();
        Path config = dir.resolve("newswire.properties");
        Files.writeString(config, "application.id=run-it-" + UUID.randomUUID() + "\nstate.dir=" + dir.resolve("state") + "\n");
        String[] connection = {"--bootstrap-server", stack.bootstrapServers(), "--schema-registry", stack.registryUrl()};

        ByteArrayOutputStream runOut = new ByteArrayOutputStream();
        CompletableFuture<Integer> run = new CompletableFuture<>();
        Thread runner = new Thread(() -> run.complete(Newswire.commandLine(runOut, runOut).execute(concat(
                new String[] {"run", "--config", config.toString(), "--engine", RuleBasedEnrichmentEngine.class.getName()},
                connection))), "run-command");
        runner.start();
        try {
            Output produced = execute(concat(new String[] {"produce", PipelineScenario.SEEDS.toString()}, connection));
            assertThat(produced.status()).as(produced.text()).isZero();
            assertThat(produced.text()).contains("published 4, skipped 0");

            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                Output counts = execute(concat(new String[] {"counts"}, connection));
                assertThat(counts.status()).as(counts.text()).isZero();
                assertThat(counts.text().lines().findFirst()).hasValueSatisfying(header ->
                        assertThat(header).startsWith("actor").endsWith("oppose"));
                assertThat(counts.text().lines().count()).isGreaterThan(1);
            });
            assertThat(run).isNotDone();
        } finally {
            runner.interrupt();
            runner.join(TimeUnit.MINUTES.toMillis(2));
        }
        assertThat(run).isCompletedWithValue(0);
        assertThat(runOut.toString(StandardCharsets.UTF_8)).contains("running [STREAMS, SINK]", "stopping");
    }

    private record Output(int status, String text) {
    }

    private static Output execute(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = Newswire.commandLine(out, out).execute(args);
        return new Output(status, out.toString(StandardCharsets.UTF_8));
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
