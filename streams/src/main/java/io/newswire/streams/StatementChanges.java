package io.newswire.streams;

import io.newswire.schema.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the statements topic must receive when an article moves from one version to the next:
 * every current statement again (an upsert, harmless when unchanged) and a tombstone for every
 * statement id the article no longer has.
 */
record StatementChanges(List<Statement> upserts, List<String> tombstones) {

    static StatementChanges between(List<String> previousIds, List<Statement> current) {
        Set<String> currentIds = current.stream().map(Statement::getStatementId).collect(Collectors.toSet());
        List<String> gone = previousIds.stream().filter(id -> !currentIds.contains(id)).toList();
        return new StatementChanges(List.copyOf(current), gone);
    }

    List<String> currentIds() {
        return upserts.stream().map(Statement::getStatementId).toList();
    }
}
