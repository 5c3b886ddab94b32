package io.newswire.stack;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

final class RecordPolling {

    private RecordPolling() {
    }

    /** Polls until exactly one record has arrived, failing if more or none arrive in time. */
    static <K, V> ConsumerRecord<K, V> pollOne(Consumer<K, V> consumer, Duration timeout) {
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        await().atMost(timeout).pollInterval(Duration.ZERO).until(() -> {
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            return !records.isEmpty();
        });
        if (records.size() != 1) {
            throw new AssertionError("Expected one record, got " + records);
        }
        return records.get(0);
    }
}
