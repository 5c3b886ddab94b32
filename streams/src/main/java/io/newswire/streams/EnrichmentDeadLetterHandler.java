package io.newswire.streams;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Dead-letters the original raw record of an article that cannot be enriched and goes on with
 * the next one. Any other processing error is a bug, not bad input: it stops the application
 * rather than silently dropping a record.
 */
public final class EnrichmentDeadLetterHandler implements ProcessingExceptionHandler {

    private final LogAndContinueProcessingExceptionHandler kafkaHandler = new LogAndContinueProcessingExceptionHandler();

    @Override
    public void configure(Map<String, ?> configs) {
        kafkaHandler.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        if (!(exception instanceof UnprocessableArticleException unprocessable)) {
            return Response.fail();
        }
        Response response = kafkaHandler.handleError(context, record, exception);
        DeadLetterHeaders.addReason(response.deadLetterQueueRecords(), unprocessable.reason(),
                unprocessable.getMessage());
        return response;
    }
}
