package org.mlpworkbench.prep;

import java.util.List;
import org.mlpworkbench.data.Column;

/**
 * One column step with the statistics learned from the training rows: everything needed to turn the
 * column of any table into features, identically. Immutable; serialized by {@link RecipeJson}.
 */
public sealed interface FittedStep permits FittedStep.Dropped, FittedStep.MissingIndicator,
        FittedNumeric, FittedCategorical, FittedBool {

    /** The input column this step reads. */
    String column();

    /** The names of the features this step writes, in order ({@code Age}, {@code Sex=male}...). */
    List<String> featureNames();

    /** Why {@code input} cannot be read by this step, or {@code null} when it can. */
    Mismatch incompatibility(Column input);

    /**
     * A value a step cannot read.
     *
     * @param row     the first row (0-based) holding such a value
     * @param problem a sentence naming the column and the value
     */
    record Mismatch(int row, String problem) {
    }

    /**
     * Writes the features of {@code rows} of {@code input}: those of {@code rows[i]} go to
     * {@code out[i * stride + offset + j]} for feature {@code j}. {@code input} must have passed
     * {@link #incompatibility}.
     */
    void write(Column input, int[] rows, float[] out, int stride, int offset);

    /** The column is not used; kept so that the recipe document says what was dropped. */
    record Dropped(String column) implements FittedStep {
        @Override
        public List<String> featureNames() {
            return List.of();
        }

        @Override
        public Mismatch incompatibility(Column input) {
            return null;
        }

        @Override
        public void write(Column input, int[] rows, float[] out, int stride, int offset) {
            // a dropped column writes no features
        }
    }

    /** One feature {@code Name_missing}: 1 where the value is missing, else 0. */
    record MissingIndicator(String column) implements FittedStep {
        @Override
        public List<String> featureNames() {
            return List.of(column + MISSING_SUFFIX);
        }

        @Override
        public Mismatch incompatibility(Column input) {
            return null;
        }

        @Override
        public void write(Column input, int[] rows, float[] out, int stride, int offset) {
            for (int i = 0; i < rows.length; i++) {
                out[i * stride + offset] = input.isMissing(rows[i]) ? 1f : 0f;
            }
        }
    }

    /** Appended to a column name for its "was missing" feature. */
    String MISSING_SUFFIX = "_missing";
}
