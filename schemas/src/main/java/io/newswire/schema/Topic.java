package io.newswire.schema;

import org.apache.kafka.common.serialization.Serde;

/** A topic name with the serdes of its keys and values: one entry of the public contract. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
}
