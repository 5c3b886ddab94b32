package io.newswire.engine;

/** The speaker's position toward an entity the statement is about. */
public record Stance(Entity target, Polarity polarity) {
}
