package io.newswire.schema;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;

/**
 * Makes the value serdes of every Avro topic. The one place that decides the wire format, so a
 * Confluent serializer can replace the Apicurio one where Confluent's artifacts are available.
 */
public interface AvroSerdes {

    <T extends SpecificRecord> Serde<T> valueSerde(Class<T> type);
}
