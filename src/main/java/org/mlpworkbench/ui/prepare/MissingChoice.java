package org.mlpworkbench.ui.prepare;

/** What a missing value of an input column becomes, as offered in the Prepare step. */
public enum MissingChoice {
    MEDIAN("fill median", "the median of the training rows"),
    MEAN("fill mean", "the mean of the training rows"),
    ZERO("fill 0", "zero"),
    MEDIAN_FLAG("median + flag", "the training median, plus a 0/1 'was missing' feature"),
    MEAN_FLAG("mean + flag", "the training mean, plus a 0/1 'was missing' feature"),
    ZERO_FLAG("0 + flag", "zero, plus a 0/1 'was missing' feature"),
    MOST_FREQUENT("most frequent", "the most frequent value of the training rows"),
    MOST_FREQUENT_FLAG("most frequent + flag", "the most frequent value, plus a 0/1 'was missing' feature"),
    OWN_CATEGORY("own category", "a category of its own, '(missing)'");

    private final String label;
    private final String explanation;

    MissingChoice(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** What a missing value is replaced with, for tooltips. */
    public String explanation() {
        return explanation;
    }

    /** Whether a 0/1 "was missing" feature is added. */
    public boolean flags() {
        return this == MEDIAN_FLAG || this == MEAN_FLAG || this == ZERO_FLAG || this == MOST_FREQUENT_FLAG;
    }

    @Override
    public String toString() {
        return label;
    }
}
