package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EmbeddedSchemaRegistryIT {

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void failsWithTheRegistrysOwnReasonWhenTheConfiguredPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedSchemaRegistry.start(taken.getLocalPort(),
                    new ApicurioDistribution().runnerJar(), Duration.ofMinutes(3)))
                    .hasMessageContaining("exited with code")
                    .hasMessageContaining("Port " + taken.getLocalPort() + " seems to be in use");
        }
    }
}
