package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EmbeddedKafkaBrokerStartIT {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void failsFastWithTheReasonWhenTheConfiguredPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedKafkaBroker.start(taken.getLocalPort(), Map.of()))
                    .hasStackTraceContaining("failed to bind to localhost:" + taken.getLocalPort());
        }
    }
}
