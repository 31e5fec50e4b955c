package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Table;

/**
 * Infers the task from the target columns, with the reason the UI shows:
 * one BOOLEAN or two-valued column is binary; one column of delimited label sets is multi-label;
 * one text column with 3 to {@value #MAX_CLASSES} values, or a numeric one with 3 to
 * {@value #MAX_WHOLE_NUMBER_CLASSES} distinct whole numbers, is multi-class; other numeric columns are
 * regression; several two-valued columns are multi-label, several numeric ones regression.
 */
public final class TaskInference {

    /** The most classes a classification target may have. */
    public static final int MAX_CLASSES = 100;
    /** A numeric target with at most this many distinct whole numbers is taken as classes. */
    public static final int MAX_WHOLE_NUMBER_CLASSES = 10;

    private TaskInference() {
    }

    /** The inferred task, the detected label delimiter ({@code null} unless label sets) and why. */
    public record Guess(Task task, String delimiter, String reason) {
    }

    /** Infers the task of {@code targets} over all rows of {@code table} ({@code delimiter} null = detect). */
    public static Guess infer(Table table, List<String> targets, String delimiter) {
        return infer(table, allRows(table.rowCount()), targets, delimiter);
    }

    static Guess infer(Table table, int[] rows, List<String> targets, String delimiter) {
        if (targets.size() > 1) {
            return several(table, rows, targets);
        }
        Column column = table.column(targets.get(0));
        String name = column.name();
        if (column instanceof CategoricalColumn c && c.type() == ColumnType.BOOLEAN && c.levels().size() == 2) {
            return new Guess(Task.BINARY, null, name + " is boolean (" + c.levels().get(0) + "/" + c.levels().get(1)
                    + "): binary, positive class '" + c.levels().get(1) + "'");
        }
        String found = delimiter != null ? delimiter : LabelSets.detect(column, rows);
        if (found != null) {
            int labels = LabelSets.labels(column, rows, found).size();
            return new Guess(Task.MULTI_LABEL, found, name + " holds label sets separated by '" + found + "' ("
                    + labels + " labels): multi-label");
        }
        Values values = Values.of(column, rows);
        int distinct = values.distinct();
        if (distinct < 2) {
            throw new RecipeException("target '" + name + "' has " + (distinct == 0 ? "no values" : "a single value ('"
                    + values.mode() + "')") + " in the training rows: there is nothing to predict");
        }
        if (distinct == 2) {
            return new Guess(Task.BINARY, null, name + " has two values (" + String.join("/", values.sorted())
                    + "): binary, positive class '" + values.sorted().get(1) + "'");
        }
        boolean numeric = NumericView.firstNonNumber(column) == null;
        if (numeric && !(wholeNumbers(values) && distinct <= MAX_WHOLE_NUMBER_CLASSES)) {
            return new Guess(Task.REGRESSION, null, name + " is numeric with " + distinct + " distinct values: regression");
        }
        if (numeric) {
            return new Guess(Task.MULTI_CLASS, null, name + " holds " + distinct + " distinct whole numbers: multi-class"
                    + " (choose regression to predict the number itself)");
        }
        requireClassCount(name, distinct);
        return new Guess(Task.MULTI_CLASS, null, name + " has " + distinct + " classes: multi-class");
    }

    /** A {@link RecipeException} explaining the cap when {@code classes} exceeds {@link #MAX_CLASSES}. */
    static void requireClassCount(String column, int classes) {
        if (classes > MAX_CLASSES) {
            throw new RecipeException("target '" + column + "' has " + classes + " distinct values, more than the "
                    + MAX_CLASSES + " classes this tool predicts: with so many classes most have too few examples to"
                    + " learn from, and values unique per row (names, ids) cannot be predicted at all."
                    + " Choose another target, or regression if the values are numbers");
        }
    }

    private static Guess several(Table table, int[] rows, List<String> targets) {
        List<String> notLabels = new ArrayList<>();
        List<String> notNumbers = new ArrayList<>();
        for (String target : targets) {
            Column column = table.column(target);
            try {
                TwoValues.of(column, rows, "a label");
            } catch (RecipeException e) {
                notLabels.add(target);
            }
            if (NumericView.firstNonNumber(column) != null) {
                notNumbers.add(target);
            }
        }
        if (notLabels.isEmpty()) {
            return new Guess(Task.MULTI_LABEL, null, targets.size() + " two-valued columns: multi-label, one output each");
        }
        if (notNumbers.isEmpty()) {
            return new Guess(Task.REGRESSION, null, targets.size() + " numeric columns: regression, one output each");
        }
        throw new RecipeException("several target columns must be all two-valued (multi-label) or all numeric"
                + " (regression); " + String.join(", ", notLabels) + " " + (notLabels.size() == 1 ? "is" : "are")
                + " not two-valued and " + String.join(", ", notNumbers) + " " + (notNumbers.size() == 1 ? "is" : "are")
                + " not numeric");
    }

    private static boolean wholeNumbers(Values values) {
        return values.counts().keySet().stream().allMatch(v -> {
            double d = Values.parse(v);
            return d == Math.rint(d);
        });
    }

    static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
