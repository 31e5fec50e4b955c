package org.mlpworkbench.prep;

import java.util.List;
import java.util.Objects;

/**
 * The features one input column produces: its fitted step and where they sit in the feature matrix,
 * columns {@code offset} to {@code offset + width - 1} (a one-hot group, a number and its "was missing"
 * flag, or one feature). Used to treat an input column as one unit, e.g. to permute it.
 */
public record InputFeatures(FittedStep step, int offset, int width) {

    public InputFeatures {
        Objects.requireNonNull(step, "step");
        if (offset < 0 || width < 1) {
            throw new IllegalArgumentException("offset " + offset + " and width " + width + " of column '" + step.column() + "'");
        }
    }

    /** The input column's name. */
    public String column() {
        return step.column();
    }

    /** The names of its features, in matrix order. */
    public List<String> featureNames() {
        return step.featureNames();
    }
}
