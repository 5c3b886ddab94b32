package io.newswire.stack;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and Apicurio Registry from their official images: the Testcontainers counterpart of
 * {@link LocalStack}, for integration tests that also run where a Docker daemon is available.
 */
public final class ContainerStack {

    private static final int REGISTRY_PORT = 8080;

    private ContainerStack() {
    }

    public static KafkaContainer kafka() {
        return new KafkaContainer(DockerImageName.parse("apache/kafka:4.3.1"));
    }

    public static GenericContainer<?> registry() {
        return new GenericContainer<>(DockerImageName.parse("apicurio/apicurio-registry-mem:" + ApicurioDistribution.version()))
                .withExposedPorts(REGISTRY_PORT)
                .waitingFor(Wait.forHttp("/apis/ccompat/v7/subjects").forStatusCode(200));
    }

    /** The root URL of a started {@link #registry()}. */
    public static String registryUrl(GenericContainer<?> registry) {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
    }
}
