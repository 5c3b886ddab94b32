package io.newswire.engine;

import java.util.List;

/**
 * One attributed act of saying.
 *
 * @param statementId stable id derived from the article id and the span (see {@link StatementIds})
 * @param speaker the entity that said it, or null when the speaker is not named
 * @param text the quoted words without marks (DIRECT) or the reported clause (INDIRECT), at
 *     [start, end) of the raw text
 * @param cue the verb or construction that attributes it ("said", "according to"), or null
 */
public record Statement(
        String statementId,
        Entity speaker,
        StatementKind kind,
        String text,
        int start,
        int end,
        String cue,
        List<Stance> stance) {

    public Statement {
        stance = List.copyOf(stance);
    }
}
