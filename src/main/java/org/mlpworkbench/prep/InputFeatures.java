package org.mlpworkbench.prep;

import java.util.List;
import java.util.Objects;

/**
 * The features one input column produces and where they sit in the feature matrix: columns {@code offset}
 * to {@code offset + width() - 1} (a one-hot group, a number and its "was missing" flag, or one feature).
 * Used to treat an input column as one unit, e.g. to permute it.
 *
 * @param column       the input column's name
 * @param featureNames the names of its features, in matrix order
 * @param offset       the matrix column of its first feature
 */
public record InputFeatures(String column, List<String> featureNames, int offset) {

    public InputFeatures {
        Objects.requireNonNull(column, "column");
        featureNames = List.copyOf(featureNames);
        if (offset < 0 || featureNames.isEmpty()) {
            throw new IllegalArgumentException("column '" + column + "' needs at least one feature at a non-negative offset");
        }
    }

    /** The number of features. */
    public int width() {
        return featureNames.size();
    }
}
