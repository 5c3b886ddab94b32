package io.newswire.cli;

import io.newswire.stack.ApicurioDistribution;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * {@link PipelineScenario} on the official images of Kafka and Apicurio Registry, where a Docker
 * daemon is available; skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineContainerIT {

    private static final int REGISTRY_PORT = 8080;

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:4.3.1"));

    @Container
    static final GenericContainer<?> REGISTRY =
            new GenericContainer<>(DockerImageName.parse("apicurio/apicurio-registry-mem:" + ApicurioDistribution.version()))
                    .withExposedPorts(REGISTRY_PORT)
                    .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200));

    @TempDir
    Path workDir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void enrichesCountsReplaysDeadLettersAndRetractsAsSeenOnThePublicTopics() throws Exception {
        String registryUrl = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(REGISTRY_PORT);
        new PipelineScenario(KAFKA.getBootstrapServers(), registryUrl, workDir).run();
    }
}
