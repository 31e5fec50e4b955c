package org.mlpworkbench.prep;

import java.util.List;

/**
 * What to do with one input column: the user's choice, before any statistics are learned.
 * {@link RecipeFitter} turns each step into a {@link FittedStep} on the training rows.
 */
public sealed interface ColumnStep {

    /** The column is not used. */
    record Drop() implements ColumnStep {
    }

    /**
     * A number: missing values are filled ({@code imputation}; {@code constant} is the fill value for
     * {@link Imputation#CONSTANT}), then scaled. {@code indicator} adds a {@code Name_missing} 0/1 feature.
     */
    record Numeric(Scaling scaling, Imputation imputation, double constant, boolean indicator) implements ColumnStep {
        public Numeric {
            require(scaling != null && imputation != null, "numeric step needs a scaling and an imputation");
            require(Double.isFinite(constant), "the constant fill value must be a finite number");
        }
    }

    /**
     * Categories encoded one-hot ({@code Name=value} per category) or as one ordinal number.
     * {@code maxCategories > 0} keeps only the most frequent ones and puts the rest in an "other" bucket.
     * {@code categories}, when not empty, fixes the categories and their order instead of learning them
     * (useful for ordinal data such as low/medium/high); values outside the list go to "other".
     */
    record Categorical(Encoding encoding, int maxCategories, MissingPolicy missing, List<String> categories)
            implements ColumnStep {
        public Categorical {
            require(encoding != null && missing != null, "categorical step needs an encoding and a missing policy");
            require(maxCategories >= 0, "maxCategories must be 0 (no cap) or positive, not " + maxCategories);
            categories = List.copyOf(categories);
            require(categories.stream().distinct().count() == categories.size(), "categories repeat a value: " + categories);
        }

        /** One-hot or ordinal over categories learned from the training rows, without a cap. */
        public Categorical(Encoding encoding, MissingPolicy missing) {
            this(encoding, 0, missing, List.of());
        }
    }

    /** A two-valued column as one 0/1 feature; missing values take the training mode. */
    record Bool(boolean indicator) implements ColumnStep {
    }

    /** Only whether the value is missing, as one 0/1 feature {@code Name_missing}. */
    record MissingIndicatorOnly() implements ColumnStep {
    }

    /** How a numeric feature is scaled after imputation. */
    enum Scaling {
        /** (x - mean) / standard deviation of the training values. */
        STANDARDIZE,
        /** (x - min) / (max - min) of the training values. */
        MIN_MAX,
        /** x unchanged. */
        NONE
    }

    /** The value a missing number is replaced with. */
    enum Imputation {
        MEAN, MEDIAN, CONSTANT
    }

    /** How categories become features. */
    enum Encoding {
        /** One 0/1 feature per category. */
        ONE_HOT,
        /** One feature holding the category's position 0, 1, 2... */
        ORDINAL
    }

    /** What a missing category becomes. */
    enum MissingPolicy {
        /** Its own category, {@code Name=(missing)}, when the training rows have missing values. */
        AS_CATEGORY,
        /** The most frequent category of the training rows. */
        MODE
    }

    /** {@code Drop}: a shared instance. */
    ColumnStep DROP = new Drop();

    /** {@code MissingIndicatorOnly}: a shared instance. */
    ColumnStep MISSING_INDICATOR_ONLY = new MissingIndicatorOnly();

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
