package io.newswire.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of a record on {@code newswire.dead-letters}, the same whichever stage wrote it.
 * Every dead letter carries the original key and value bytes exactly as read (from the producer:
 * the article id and the file's bytes), the original record's headers, and:
 * <ul>
 *   <li>{@value #REASON}: a stable code to alert on: {@value #DESERIALIZATION} (bytes that are
 *       not a record of the topic's schema), the engine's rejection reason ({@code EMPTY},
 *       {@code BINARY}, {@code TOO_LARGE}), {@value #ENGINE_FAILURE} (the engine threw),
 *       {@value #INVALID_KEY} (the key is not the article's id) or {@value #MISSING_KEY} (a record
 *       without a key, which a compacted public topic cannot hold); from the producer, for a file
 *       that cannot become an article: {@value #UNREADABLE}, {@value #NOT_UTF8} or
 *       {@value #EMPTY};</li>
 *   <li>{@value #MESSAGE}: what went wrong, for people;</li>
 *   <li>{@value #SOURCE_FILE}: the producer's dead letters were never on a topic, so they name the
 *       file they were read from instead of a topic, partition and offset;</li>
 *   <li>on a record read from a topic, Kafka Streams' own dead-letter headers:
 *       {@code __streams.errors.topic}, {@code __streams.errors.partition},
 *       {@code __streams.errors.offset} (where the record was read),
 *       {@code __streams.errors.exception}, {@code __streams.errors.message},
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
    public static final String MISSING_KEY = "MISSING_KEY";
    /** A file that could not be read; the dead letter has no value. */
    public static final String UNREADABLE = "UNREADABLE";
    /** A file whose bytes are not valid UTF-8 text. */
    public static final String NOT_UTF8 = "NOT_UTF8";
    /** No text: the engine's code for a blank article, which the producer also uses for a blank file. */
    public static final String EMPTY = "EMPTY";

    /** The file a producer's dead letter was read from, as an absolute path. */
    public static final String SOURCE_FILE = "newswire.source.file";

    /** Where the record was read: Kafka Streams' names, so every dead letter reads alike. */
    public static final String SOURCE_TOPIC = "__streams.errors.topic";
    public static final String SOURCE_PARTITION = "__streams.errors.partition";
    public static final String SOURCE_OFFSET = "__streams.errors.offset";

    private DeadLetterHeaders() {
    }

    /** Adds the reason to the dead letters Kafka Streams built, which it then sends. */
    public static void addReason(List<ProducerRecord<byte[], byte[]>> deadLetters, String reason, String message) {
        for (ProducerRecord<byte[], byte[]> record : deadLetters) {
            addReason(record.headers(), reason, message);
        }
    }

    /** Adds the reason to the headers of a dead letter, and returns them. */
    public static Headers addReason(Headers headers, String reason, String message) {
        return headers.add(REASON, reason.getBytes(StandardCharsets.UTF_8))
                .add(MESSAGE, String.valueOf(message).getBytes(StandardCharsets.UTF_8));
    }
}
