package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.List;

/**
 * How the target columns become the target matrix, with what was learned from the training rows
 * (classes, labels, regression centers and scales). One record per kind of target; serialized by
 * {@link RecipeJson}.
 */
public sealed interface TargetEncoding {

    Task task();

    /** The target columns a table must hold for targets to be produced. */
    List<String> columns();

    /** The name of each output, in order. */
    List<String> outputNames();

    /** A short description for summaries, e.g. {@code "binary: Survived=1"}. */
    String describe();

    /** One output: 1 where {@code column} equals {@code positive}, 0 where it equals {@code negative}. */
    record Binary(String column, String negative, String positive) implements TargetEncoding {
        public Binary {
            if (negative.equals(positive)) {
                throw new IllegalArgumentException("binary target '" + column + "': the negative and positive class are both '" + positive + "'");
            }
        }

        public Task task() {
            return Task.BINARY;
        }

        public List<String> columns() {
            return List.of(column);
        }

        public List<String> outputNames() {
            return List.of(column + "=" + positive);
        }

        public String describe() {
            return "binary: " + column + "=" + positive;
        }
    }

    /** One-hot outputs {@code column=class}, one per class. */
    record MultiClass(String column, List<String> classes) implements TargetEncoding {
        public MultiClass {
            requireDistinct(classes, "classes of multi-class target '" + column + "'");
            classes = List.copyOf(classes);
        }

        public Task task() {
            return Task.MULTI_CLASS;
        }

        public List<String> columns() {
            return List.of(column);
        }

        public List<String> outputNames() {
            return classes.stream().map(c -> column + "=" + c).toList();
        }

        public String describe() {
            return "multi-class: " + classes.size() + " classes of " + column;
        }
    }

    /** One output per column: 1 where the column equals its positive value, 0 where its negative one. */
    record LabelColumns(List<String> columns, List<String> negatives, List<String> positives) implements TargetEncoding {
        public LabelColumns {
            columns = List.copyOf(columns);
            negatives = List.copyOf(negatives);
            positives = List.copyOf(positives);
            if (negatives.size() != columns.size() || positives.size() != columns.size()) {
                throw new IllegalArgumentException("label columns need one negative and one positive value per column");
            }
        }

        public Task task() {
            return Task.MULTI_LABEL;
        }

        public List<String> outputNames() {
            return columns;
        }

        public String describe() {
            return "multi-label: " + columns.size() + " label" + (columns.size() == 1 ? "" : "s") + " "
                    + (columns.size() <= 3 ? String.join(", ", columns) : columns.get(0) + "…" + columns.get(columns.size() - 1));
        }
    }

    /** One column of label sets such as {@code car;person}: one output {@code column=label} per label. */
    record LabelSets(String column, String delimiter, List<String> labels) implements TargetEncoding {
        public LabelSets {
            requireDistinct(labels, "labels of multi-label target '" + column + "'");
            labels = List.copyOf(labels);
            if (delimiter.isEmpty()) {
                throw new IllegalArgumentException("multi-label target '" + column + "': the delimiter cannot be empty");
            }
        }

        public Task task() {
            return Task.MULTI_LABEL;
        }

        public List<String> columns() {
            return List.of(column);
        }

        public List<String> outputNames() {
            return labels.stream().map(l -> column + "=" + l).toList();
        }

        public String describe() {
            return "multi-label: " + labels.size() + " labels in " + column + " split on '" + delimiter + "'";
        }
    }

    /**
     * One output per numeric column: {@code (y - center) / scale}. When {@code standardized}, center and
     * scale are the training mean and standard deviation; otherwise 0 and 1.
     */
    record Regression(List<String> columns, boolean standardized, List<Double> centers, List<Double> scales)
            implements TargetEncoding {
        public Regression {
            columns = List.copyOf(columns);
            centers = List.copyOf(centers);
            scales = List.copyOf(scales);
            if (centers.size() != columns.size() || scales.size() != columns.size()) {
                throw new IllegalArgumentException("regression targets need one center and one scale per column");
            }
            for (int i = 0; i < columns.size(); i++) {
                if (!Double.isFinite(centers.get(i)) || !Double.isFinite(scales.get(i)) || scales.get(i) == 0) {
                    throw new IllegalArgumentException("regression target '" + columns.get(i)
                            + "': center and scale must be finite and the scale non-zero");
                }
            }
        }

        public Task task() {
            return Task.REGRESSION;
        }

        public List<String> outputNames() {
            return columns;
        }

        public String describe() {
            List<String> parts = new ArrayList<>(columns.size() <= 3 ? columns : List.of(columns.get(0) + "…" + columns.get(columns.size() - 1)));
            return "regression: " + String.join(", ", parts) + (standardized ? ", standardized" : "");
        }
    }

    /** An exception naming {@code what} if a value repeats. */
    private static void requireDistinct(List<String> values, String what) {
        if (values.stream().distinct().count() != values.size()) {
            throw new IllegalArgumentException("the " + what + " repeat a value: " + values);
        }
    }
}
