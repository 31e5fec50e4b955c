package org.mlpworkbench.prep;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Column;

/**
 * A fitted categorical step over {@code categories} (learned from the training rows, most frequent
 * first for one-hot, in natural order for ordinal, or as the user listed them).
 *
 * <p>One-hot writes one 0/1 feature per category {@code Name=value}, then {@code Name=(other)} when
 * {@code otherBucket} (categories beyond the cap or outside the user's list), then {@code Name=(missing)}
 * when {@code missingCategory} (policy AS_CATEGORY and missing values in training). Ordinal writes one
 * feature: the category's position, {@code categories.size()} for any other value, -1 for the missing
 * category. A value never seen in training goes to "other": the other bucket, or all zeros when there
 * is none. Under policy MODE a missing value is treated as {@code fill}, the training mode.
 */
public record FittedCategorical(
        String column,
        ColumnStep.Encoding encoding,
        ColumnStep.MissingPolicy missingPolicy,
        List<String> categories,
        boolean otherBucket,
        boolean missingCategory,
        String fill) implements FittedStep {

    /** The category name of values outside {@link #categories()}. */
    public static final String OTHER = "(other)";
    /** The category name of missing values under {@link ColumnStep.MissingPolicy#AS_CATEGORY}. */
    public static final String MISSING = "(missing)";

    public FittedCategorical {
        categories = List.copyOf(categories);
        if (categories.stream().distinct().count() != categories.size()) {
            throw new IllegalArgumentException("categorical step of '" + column + "': the categories repeat a value: " + categories);
        }
        if (missingCategory && missingPolicy != ColumnStep.MissingPolicy.AS_CATEGORY) {
            throw new IllegalArgumentException("categorical step of '" + column + "': a missing category needs policy AS_CATEGORY");
        }
        if (fill != null && missingPolicy != ColumnStep.MissingPolicy.MODE) {
            throw new IllegalArgumentException("categorical step of '" + column + "': a fill value needs policy MODE");
        }
    }

    @Override
    public List<String> featureNames() {
        if (encoding == ColumnStep.Encoding.ORDINAL) {
            return List.of(column);
        }
        List<String> names = new ArrayList<>();
        for (String c : categories) {
            names.add(column + "=" + c);
        }
        if (otherBucket) {
            names.add(column + "=" + OTHER);
        }
        if (missingCategory) {
            names.add(column + "=" + MISSING);
        }
        return names;
    }

    @Override
    public Mismatch incompatibility(Column input) {
        return null;
    }

    /** The one-hot slot of a value outside the categories: the other bucket's, or -1 (all zeros) without one. */
    public int otherSlot() {
        return otherBucket ? categories.size() : -1;
    }

    /**
     * The one-hot slot of a missing value: under policy MODE the mode's (the other bucket's, or -1, when the
     * mode is not among the categories); else the {@code (missing)} category's, or {@link #otherSlot()} without one.
     */
    public int missingSlot() {
        if (fill != null) {
            int f = categories.indexOf(fill);
            return f >= 0 ? f : otherSlot();
        }
        return missingCategory ? categories.size() + (otherBucket ? 1 : 0) : otherSlot();
    }

    /** The ordinal feature of a missing value: -1 for the {@code (missing)} category, else the position its slot stands for. */
    public float ordinalMissing() {
        int k = categories.size();
        int slot = missingSlot();
        return missingCategory ? -1f : slot >= 0 && slot < k ? slot : k;
    }

    @Override
    public void write(Column input, int[] rows, float[] out, int stride, int offset) {
        int k = categories.size();
        int otherSlot = otherSlot();
        int missingSlot = missingSlot();
        ValueLookup lookup = new ValueLookup(input, categories);
        if (encoding == ColumnStep.Encoding.ONE_HOT) {
            for (int i = 0; i < rows.length; i++) {
                int index = lookup.index(rows[i]);
                int slot = index >= 0 ? index : index == ValueLookup.MISSING ? missingSlot : otherSlot;
                if (slot >= 0) {
                    out[i * stride + offset + slot] = 1f;
                }
            }
        } else {
            float missingValue = ordinalMissing();
            for (int i = 0; i < rows.length; i++) {
                int index = lookup.index(rows[i]);
                out[i * stride + offset] = index >= 0 ? index : index == ValueLookup.MISSING ? missingValue : k;
            }
        }
    }
}
