package io.newswire.cli;

import io.newswire.stack.LocalStack;
import io.newswire.stack.SharedLocalStack;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The seeds through producer, enricher (real engine), counter and sink on the embedded broker and registry. */
class PipelineIT {

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void enrichesCountsReplaysDeadLettersAndRetractsAsSeenOnThePublicTopics() throws Exception {
        LocalStack stack = SharedLocalStack.get();
        new PipelineScenario(stack.bootstrapServers(), stack.registryUrl(), workDir).run();
    }
}
