package org.mlpworkbench.prep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.Table;

/**
 * Input columns that hold the target in another form, which the default recipe would otherwise
 * use as features (the network would read the answer): a column of label sets such as
 * {@code car;person} whose labels are all target columns, and, when the target is such a column, the
 * two-valued columns named after its labels. {@link Recipe#defaults} drops them, with the reason.
 */
final class TargetLeaks {

    private static final List<String> DELIMITERS = List.of(";", "|", ",");

    private TargetLeaks() {
    }

    /** Column name → reason, for every input column that duplicates the targets. */
    static Map<String, String> of(Table table, List<String> targets) {
        Map<String, String> leaks = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (targets.contains(column.name())) {
                continue;
            }
            Set<String> labels = labels(column);
            if (!labels.isEmpty() && targets.containsAll(labels)) {
                leaks.put(column.name(), "dropped — its values list target labels (" + String.join(", ", labels)
                        + "): it is the target in another form and would give the answer away");
            }
        }
        for (String target : targets) {
            Set<String> labels = labels(table.column(target));
            for (String label : labels) {
                table.find(label).filter(c -> !targets.contains(c.name()) && c.summary().distinct() <= 2)
                        .ifPresent(c -> leaks.put(c.name(), "dropped — '" + c.name() + "' is one of the labels of the"
                                + " target '" + target + "': it would give the answer away"));
            }
        }
        return leaks;
    }

    /** The labels of a label-set column (values joined by one delimiter), or an empty set for any other column. */
    private static Set<String> labels(Column column) {
        if (!(column instanceof CategoricalColumn c)) {
            return Set.of();
        }
        for (String delimiter : DELIMITERS) {
            if (c.levels().stream().noneMatch(v -> v.contains(delimiter))) {
                continue;
            }
            Set<String> labels = new TreeSet<>();
            for (String level : c.levels()) {
                for (String part : level.split(java.util.regex.Pattern.quote(delimiter))) {
                    if (!part.isBlank()) {
                        labels.add(part.trim());
                    }
                }
            }
            return labels;
        }
        return Set.of();
    }
}
