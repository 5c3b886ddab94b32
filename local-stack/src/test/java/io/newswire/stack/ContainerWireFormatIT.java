package io.newswire.stack;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The wire-format check of {@link WireFormatIT} against the official container images, where a
 * Docker daemon is available; skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerWireFormatIT {

    private static final int REGISTRY_PORT = 8080;

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:4.3.1"));

    @Container
    static final GenericContainer<?> REGISTRY =
            new GenericContainer<>(DockerImageName.parse("apicurio/apicurio-registry-mem:" + ApicurioDistribution.version()))
                    .withExposedPorts(REGISTRY_PORT)
                    .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200));

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void apicurioSerdesWriteTheConfluentWireFormat() throws Exception {
        String registryUrl = "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(REGISTRY_PORT);
        WireFormatCheck.verify(KAFKA.getBootstrapServers(), registryUrl);
    }
}
