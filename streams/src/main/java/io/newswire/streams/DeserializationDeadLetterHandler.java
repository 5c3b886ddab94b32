package io.newswire.streams;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Kafka's log-and-continue handler, whose dead letter (sent to
 * {@code errors.dead.letter.queue.topic.name}) also gets the {@link DeadLetterHeaders} reason,
 * so that a dead-letter consumer reads undeserializable bytes and rejected articles alike.
 */
public final class DeserializationDeadLetterHandler implements DeserializationExceptionHandler {

    private final LogAndContinueExceptionHandler kafkaHandler = new LogAndContinueExceptionHandler();

    @Override
    public void configure(Map<String, ?> configs) {
        kafkaHandler.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
            Exception exception) {
        Response response = kafkaHandler.handleError(context, record, exception);
        DeadLetterHeaders.addReason(response.deadLetterQueueRecords(), DeadLetterHeaders.DESERIALIZATION,
                exception.getMessage());
        return response;
    }
}
