package io.newswire.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.newswire.engine.StatementKind;
import java.util.List;
import java.util.Objects;

/**
 * One attributed statement, the same shape in gold and prediction files.
 *
 * @param speaker a name of the speaking entity, or null when the speaker is not named
 */
@JsonPropertyOrder({"speaker", "kind", "text", "stance"})
public record StatementLabel(
        @JsonInclude(JsonInclude.Include.ALWAYS) String speaker,
        StatementKind kind,
        String text,
        List<StanceLabel> stance) {

    public StatementLabel {
        Objects.requireNonNull(kind, "statement kind");
        Objects.requireNonNull(text, "statement text");
        stance = stance == null ? List.of() : List.copyOf(stance);
    }
}
