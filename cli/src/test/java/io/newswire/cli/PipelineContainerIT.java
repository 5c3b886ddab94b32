package io.newswire.cli;

import io.newswire.stack.ContainerStack;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * {@link PipelineScenario} on the official images of Kafka and Apicurio Registry, where a Docker
 * daemon is available; skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainerIT {

    @Container
    static final KafkaContainer KAFKA = ContainerStack.kafka();

    @Container
    static final GenericContainer<?> REGISTRY = ContainerStack.registry();

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void enrichesCountsReplaysDeadLettersAndRetractsAsSeenOnThePublicTopics() throws Exception {
        new PipelineScenario(KAFKA.getBootstrapServers(), ContainerStack.registryUrl(REGISTRY), workDir).run();
    }
}
