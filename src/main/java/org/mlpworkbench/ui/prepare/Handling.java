package org.mlpworkbench.ui.prepare;

import java.util.List;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;

/** How an input column becomes features, as offered in the Prepare step's "Encoding" column. */
public enum Handling {
    STANDARDIZE("standardize", "(x − mean) / standard deviation of the training rows"),
    MIN_MAX("scale to 0–1", "(x − min) / (max − min) of the training rows"),
    AS_IS("number as is", "the value unchanged"),
    ONE_HOT("one-hot", "one 0/1 feature per category (at most 20; the rest share an 'other' feature)"),
    ORDINAL("ordinal", "one feature holding the category's position 0, 1, 2, …"),
    ZERO_ONE("0/1", "one feature: 0 for the false-like value, 1 for the true-like one"),
    MISSING_FLAG_ONLY("only 'is missing'", "one 0/1 feature telling whether the value is missing");

    private final String label;
    private final String explanation;

    Handling(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** What the encoding computes, for tooltips. */
    public String explanation() {
        return explanation;
    }

    /** The encodings that make sense for {@code column}. */
    public static List<Handling> optionsFor(Column column) {
        if (column instanceof NumericColumn) {
            return List.of(STANDARDIZE, MIN_MAX, AS_IS, ONE_HOT, ORDINAL, MISSING_FLAG_ONLY);
        }
        if (column.type() == ColumnType.BOOLEAN) {
            return List.of(ZERO_ONE, ONE_HOT, MISSING_FLAG_ONLY);
        }
        return List.of(ONE_HOT, ORDINAL, MISSING_FLAG_ONLY);
    }

    /** The missing-value choices that go with this encoding (empty: missing values need no handling). */
    public List<MissingChoice> missingOptions() {
        return switch (this) {
            case STANDARDIZE, MIN_MAX, AS_IS -> List.of(MissingChoice.MEDIAN, MissingChoice.MEAN, MissingChoice.ZERO,
                    MissingChoice.MEDIAN_FLAG, MissingChoice.MEAN_FLAG, MissingChoice.ZERO_FLAG);
            case ONE_HOT, ORDINAL -> List.of(MissingChoice.MOST_FREQUENT, MissingChoice.OWN_CATEGORY);
            case ZERO_ONE -> List.of(MissingChoice.MOST_FREQUENT, MissingChoice.MOST_FREQUENT_FLAG);
            case MISSING_FLAG_ONLY -> List.of();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
