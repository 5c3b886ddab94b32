package io.newswire.stack;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Lowers the embedded broker's loggers to WARN: at INFO a broker logs hundreds of lines per
 * minute, which drown the demo's own output. Only loggers without a configured level are
 * touched, so a logback.xml that names them still wins. Does nothing unless logback is the SLF4J
 * provider.
 */
final class QuietKafkaLogging {

    /** The broker's loggers: Scala classes log under "kafka", Java ones under "org.apache.kafka". */
    private static final List<String> BROKER_LOGGERS =
            List.of("kafka", "org.apache.kafka", "state.change.logger");

    private QuietKafkaLogging() {
    }

    static void apply() {
        if ("ch.qos.logback.classic.LoggerContext".equals(LoggerFactory.getILoggerFactory().getClass().getName())) {
            Logback.quiet();
        }
    }

    /** Loaded only when logback is present. */
    private static final class Logback {

        static void quiet() {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            for (String name : BROKER_LOGGERS) {
                ch.qos.logback.classic.Logger logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(Level.WARN);
                }
            }
        }
    }
}
