package io.newswire.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newswire.engine.EntityType;
import java.util.Objects;

/** A predicted entity: canonical name and type, as in the prediction file. */
@JsonPropertyOrder({"name", "type"})
public record EntityLabel(String name, EntityType type) {

    public EntityLabel {
        Objects.requireNonNull(name, "entity name");
        Objects.requireNonNull(type, "entity type");
    }
}
