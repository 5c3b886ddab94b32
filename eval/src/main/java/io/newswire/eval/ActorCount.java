package io.newswire.eval;

/**
 * Statements of one named speaker over all articles.
 *
 * @param actor the gold canonical name, or the predicted name when it resolves to no gold entity
 */
public record ActorCount(String actor, int gold, int predicted) {

    public int error() {
        return Math.abs(predicted - gold);
    }
}
