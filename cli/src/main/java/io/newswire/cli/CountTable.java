package io.newswire.cli;

import io.newswire.schema.ActorStatementCount;
import io.newswire.schema.Polarity;
import io.newswire.schema.StatementKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The per-actor statement counts as a text table: most statements first, then by name. */
final class CountTable {

    static final List<String> HEADER = List.of("actor", "type", "total", "direct", "indirect", "support", "oppose");
    static final Comparator<ActorStatementCount> ORDER = Comparator
            .comparingLong(ActorStatementCount::getTotal).reversed()
            .thenComparing(ActorStatementCount::getName)
            .thenComparing(ActorStatementCount::getActorId);

    private CountTable() {
    }

    static String format(Collection<ActorStatementCount> counts) {
        if (counts.isEmpty()) {
            return "(no actor has a counted statement)" + System.lineSeparator();
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        counts.stream().sorted(ORDER).map(CountTable::row).forEach(rows::add);
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            // names and types left-aligned, numbers right-aligned
            table.append(pad(row.get(0), -widths[0])).append("  ").append(pad(row.get(1), -widths[1]));
            for (int i = 2; i < widths.length; i++) {
                table.append("  ").append(pad(row.get(i), widths[i]));
            }
            table.append(System.lineSeparator());
        }
        return table.toString();
    }

    private static List<String> row(ActorStatementCount count) {
        return List.of(count.getName(), count.getType().name(), String.valueOf(count.getTotal()),
                String.valueOf(count.getByKind().getOrDefault(StatementKind.DIRECT.name(), 0L)),
                String.valueOf(count.getByKind().getOrDefault(StatementKind.INDIRECT.name(), 0L)),
                String.valueOf(count.getByStance().getOrDefault(Polarity.SUPPORT.name(), 0L)),
                String.valueOf(count.getByStance().getOrDefault(Polarity.OPPOSE.name(), 0L)));
    }

    /** @param width negative to align left */
    private static String pad(String value, int width) {
        return String.format("%" + width + "s", value);
    }
}
