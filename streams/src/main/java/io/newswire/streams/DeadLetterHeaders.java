package io.newswire.streams;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The headers of a record on {@code newswire.dead-letters}. Every dead letter carries the
 * original key and value bytes exactly as read, the original record's headers, and:
 * <ul>
 *   <li>{@value #REASON}: a stable code to alert on: {@value #DESERIALIZATION} (bytes that are
 *       not a record of the topic's schema), the engine's rejection reason ({@code EMPTY},
 *       {@code BINARY}, {@code TOO_LARGE}), {@value #ENGINE_FAILURE} (the engine threw) or
 *       {@value #INVALID_KEY} (the key is not the article's id);</li>
 *   <li>{@value #MESSAGE}: what went wrong, for people;</li>
 *   <li>Kafka Streams' own dead-letter headers: {@code __streams.errors.topic},
 *       {@code __streams.errors.partition}, {@code __streams.errors.offset} (where the record was
 *       read), {@code __streams.errors.exception}, {@code __streams.errors.message},
 *       {@code __streams.errors.stacktrace}.</li>
 * </ul>
 * All header values are UTF-8 strings.
 */
public final class DeadLetterHeaders {

    public static final String REASON = "newswire.error.reason";
    public static final String MESSAGE = "newswire.error.message";

    public static final String DESERIALIZATION = "DESERIALIZATION";
    public static final String ENGINE_FAILURE = "ENGINE_FAILURE";
    public static final String INVALID_KEY = "INVALID_KEY";

    private DeadLetterHeaders() {
    }

    /** Adds the reason to the dead letters Kafka Streams built, which it then sends. */
    static void addReason(List<ProducerRecord<byte[], byte[]>> deadLetters, String reason, String message) {
        for (ProducerRecord<byte[], byte[]> record : deadLetters) {
            record.headers().add(REASON, reason.getBytes(StandardCharsets.UTF_8));
            record.headers().add(MESSAGE, String.valueOf(message).getBytes(StandardCharsets.UTF_8));
        }
    }
}
