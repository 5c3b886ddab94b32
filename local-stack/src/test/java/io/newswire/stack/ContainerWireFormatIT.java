package io.newswire.stack;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The wire-format check of {@link WireFormatIT} against the official container images, where a
 * Docker daemon is available; skipped where there is none.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerWireFormatIT {

    @Container
    static final KafkaContainer KAFKA = ContainerStack.kafka();

    @Container
    static final GenericContainer<?> REGISTRY = ContainerStack.registry();

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void apicurioSerdesWriteTheConfluentWireFormat() throws Exception {
        WireFormatCheck.verify(KAFKA.getBootstrapServers(), ContainerStack.registryUrl(REGISTRY));
    }
}
