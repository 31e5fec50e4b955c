package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Table;

/**
 * Which column(s) are most likely the target of a table — a starting point (the app pre-selects
 * them; the user changes them with one click): a column with a conventional target name ("target", "label", "class", "y",
 * "survived", "income", …); else a run of two-valued columns named with a common prefix and a number
 * (Class1…Class14: multi-label); else two or more boolean columns at the end of the table (also
 * multi-label); else the last column that is not an identifier, a constant or free text.
 */
final class TargetGuess {

    private static final Set<String> TARGET_NAMES = Set.of("target", "label", "labels", "class", "y", "outcome",
            "survived", "income", "churn", "default", "diagnosis", "species", "quality", "price", "response");
    private static final Pattern NUMBERED = Pattern.compile("(.*?\\D)(\\d+)");

    private TargetGuess() {
    }

    static List<String> of(Table table) {
        for (Column c : table.columns()) {
            if (TARGET_NAMES.contains(c.name().toLowerCase(Locale.ROOT).trim())) {
                return List.of(c.name());
            }
        }
        List<String> numbered = numberedTwoValuedRun(table);
        if (numbered.size() >= 2) {
            return numbered;
        }
        List<String> trailing = trailingTwoValuedRun(table);
        if (trailing.size() >= 2) {
            return trailing;
        }
        for (int i = table.columnCount() - 1; i >= 0; i--) {
            ColumnType type = table.column(i).type();
            if (type != ColumnType.IDENTIFIER && type != ColumnType.CONSTANT && type != ColumnType.TEXT) {
                return List.of(table.column(i).name());
            }
        }
        return table.columnCount() == 0 ? List.of() : List.of(table.column(table.columnCount() - 1).name());
    }

    /**
     * Two or more boolean (0/1, yes/no) columns at the end of the table, optionally followed by one last column
     * (e.g. the same labels as a list): the usual layout of a multi-label file.
     */
    private static List<String> trailingTwoValuedRun(Table table) {
        for (int skip = 0; skip <= 1; skip++) {
            List<String> run = new ArrayList<>();
            for (int i = table.columnCount() - 1 - skip; i >= 0; i--) {
                Column c = table.column(i);
                if (c.type() != ColumnType.BOOLEAN) {
                    break;
                }
                run.add(0, c.name());
            }
            if (run.size() >= 2) {
                return run;
            }
        }
        return List.of();
    }

    /** The longest run of adjacent two-valued columns "prefix1", "prefix2", … sharing one prefix. */
    private static List<String> numberedTwoValuedRun(Table table) {
        List<String> best = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String prefix = null;
        for (Column c : table.columns()) {
            Matcher m = NUMBERED.matcher(c.name());
            boolean twoValued = c.summary().distinct() == 2;
            if (m.matches() && twoValued && (prefix == null || prefix.equals(m.group(1)))) {
                prefix = m.group(1);
                run.add(c.name());
            } else {
                run = new ArrayList<>();
                prefix = null;
                if (m.matches() && twoValued) {
                    prefix = m.group(1);
                    run.add(c.name());
                }
            }
            if (run.size() > best.size()) {
                best = new ArrayList<>(run);
            }
        }
        return best;
    }
}
