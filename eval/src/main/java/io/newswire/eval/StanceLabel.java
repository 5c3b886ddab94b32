package io.newswire.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newswire.engine.Polarity;
import java.util.Objects;

/** The speaker's position toward a named target, as in gold and prediction files. */
@JsonPropertyOrder({"target", "polarity"})
public record StanceLabel(String target, Polarity polarity) {

    public StanceLabel {
        Objects.requireNonNull(target, "stance target");
        Objects.requireNonNull(polarity, "stance polarity");
    }
}
