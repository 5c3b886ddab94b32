package io.newswire.stack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class QuietKafkaLoggingTest {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restore() {
        context.getLogger("kafka").setLevel(null);
        context.getLogger("org.apache.kafka").setLevel(null);
    }

    @Test
    void lowersUnconfiguredBrokerLoggersToWarnButKeepsConfiguredOnes() {
        Logger configured = context.getLogger("org.apache.kafka");
        configured.setLevel(Level.DEBUG);

        QuietKafkaLogging.apply();

        assertThat(context.getLogger("kafka").getLevel()).isEqualTo(Level.WARN);
        assertThat(configured.getLevel()).isEqualTo(Level.DEBUG);
    }
}
