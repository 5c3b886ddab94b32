package io.newswire.eval;

import io.newswire.engine.EntityType;
import java.util.List;
import java.util.Objects;

/** A gold entity: canonical name, type and every surface form the article uses. */
public record GoldEntity(String name, EntityType type, List<String> aliases) {

    public GoldEntity {
        Objects.requireNonNull(name, "entity name");
        Objects.requireNonNull(type, "entity type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
