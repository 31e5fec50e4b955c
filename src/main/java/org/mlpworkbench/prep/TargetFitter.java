package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.Table;

/** Learns the {@link TargetEncoding} of a recipe's targets from the training rows whose targets are present. */
final class TargetFitter {

    private TargetFitter() {
    }

    static TargetEncoding fit(Table train, int[] rows, Recipe recipe) {
        List<String> targets = recipe.targets();
        for (String t : targets) {
            if (train.find(t).isEmpty()) {
                throw new RecipeException("target column '" + t + "' is not in " + train.source()
                        + "; its columns are: " + String.join(", ", train.columnNames()));
            }
        }
        Task task = recipe.task();
        String delimiter = recipe.labelDelimiter();
        if (task == null) {
            TaskInference.Guess guess = TaskInference.infer(train, rows, targets, delimiter);
            task = guess.task();
            delimiter = guess.delimiter();
        }
        if ((task == Task.BINARY || task == Task.MULTI_CLASS) && targets.size() > 1) {
            throw new RecipeException(task.label() + " takes one target column, not " + targets.size()
                    + "; for several two-valued columns choose multi-label, for several numeric ones regression");
        }
        Column first = train.column(targets.get(0));
        return switch (task) {
            case BINARY -> binary(first, rows, recipe.positiveClass());
            case MULTI_CLASS -> multiClass(first, rows);
            case MULTI_LABEL -> multiLabel(train, rows, targets, delimiter);
            case REGRESSION -> regression(train, rows, targets, recipe.standardizeTargets());
        };
    }

    private static TargetEncoding binary(Column column, int[] rows, String positive) {
        List<String> two = TwoValues.of(column, rows, "a binary target");
        if (positive == null || positive.equals(two.get(1))) {
            return new TargetEncoding.Binary(column.name(), two.get(0), two.get(1));
        }
        if (positive.equals(two.get(0))) {
            return new TargetEncoding.Binary(column.name(), two.get(1), two.get(0));
        }
        throw new RecipeException("the positive class '" + positive + "' is not a value of '" + column.name()
                + "', whose values are " + two.get(0) + " and " + two.get(1));
    }

    private static TargetEncoding multiClass(Column column, int[] rows) {
        List<String> classes = Values.of(column, rows).sorted();
        if (classes.size() < 2) {
            throw new RecipeException("target '" + column.name() + "' has " + classes.size()
                    + " class in the training rows; multi-class needs at least two");
        }
        TaskInference.requireClassCount(column.name(), classes.size());
        return new TargetEncoding.MultiClass(column.name(), classes);
    }

    private static TargetEncoding multiLabel(Table train, int[] rows, List<String> targets, String delimiter) {
        if (targets.size() == 1) {
            Column column = train.column(targets.get(0));
            String d = delimiter != null ? delimiter : LabelSets.detect(column, rows);
            if (d != null) {
                List<String> labels = LabelSets.labels(column, rows, d);
                if (labels.isEmpty()) {
                    throw new RecipeException("target '" + column.name() + "' has no labels in the training rows");
                }
                TaskInference.requireClassCount(column.name(), labels.size());
                return new TargetEncoding.LabelSets(column.name(), d, labels);
            }
        }
        List<String> negatives = new ArrayList<>();
        List<String> positives = new ArrayList<>();
        for (String t : targets) {
            List<String> two = TwoValues.of(train.column(t), rows, "a label of a multi-label target");
            negatives.add(two.get(0));
            positives.add(two.get(1));
        }
        return new TargetEncoding.LabelColumns(targets, negatives, positives);
    }

    private static TargetEncoding regression(Table train, int[] rows, List<String> targets, boolean standardize) {
        List<Double> centers = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (String t : targets) {
            Column column = train.column(t);
            String text = NumericView.firstNonNumber(column);
            if (text != null) {
                throw new RecipeException("regression target '" + t + "' must hold numbers but holds '" + text + "'");
            }
            NumericView view = NumericView.of(column);
            double[] values = new double[rows.length];
            int n = 0;
            for (int r : rows) {
                double y = view.value(r);
                if (Double.isFinite(y)) {
                    values[n++] = y;
                }
            }
            NumericStats stats = NumericStats.of(java.util.Arrays.copyOf(values, n));
            boolean usable = standardize && n > 0;
            centers.add(usable ? stats.mean() : 0.0);
            scales.add(usable && stats.std() > 0 ? stats.std() : 1.0);
        }
        return new TargetEncoding.Regression(targets, standardize, centers, scales);
    }
}
