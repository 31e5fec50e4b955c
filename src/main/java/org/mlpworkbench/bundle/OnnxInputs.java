package org.mlpworkbench.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mlpworkbench.bundle.OnnxGraph.Type;
import org.mlpworkbench.data.CsvOptions;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.prep.FittedBool;
import org.mlpworkbench.prep.FittedCategorical;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.FittedNumeric;
import org.mlpworkbench.prep.FittedStep;

/**
 * The inputs of the end-to-end ONNX graph: one per column the recipe uses, in step order, named after
 * the column, of shape {@code [batch, 1]}, typed as the recipe reads the column. Float: numeric steps,
 * and categorical or boolean steps whose every known value is a number in the form the app writes
 * numbers (the training column was read as numbers, e.g. 0/1, or Pclass made categorical), compared
 * as float32 numbers as the app compares them as numbers. Text: every other categorical or boolean
 * step, compared as written, and missing-indicator steps (any column's raw text).
 */
final class OnnxInputs {

    /** The text a string input is missing as: the CSV reader's missing-value tokens, sorted (the empty string first). */
    static final List<String> MISSING_TOKENS = CsvOptions.DEFAULT_MISSING_TOKENS.stream().sorted().toList();

    /** One graph input. */
    record Input(String column, Type type, FittedStep step) {
    }

    private OnnxInputs() {
    }

    /** The graph inputs of {@code recipe}. */
    static List<Input> of(FittedRecipe recipe) {
        return recipe.steps().stream().filter(s -> !s.featureNames().isEmpty()).map(s -> new Input(s.column(), type(s), s)).toList();
    }

    /** The input type of a step's column: FLOAT or STRING. */
    static Type type(FittedStep step) {
        if (step instanceof FittedNumeric) {
            return Type.FLOAT;
        }
        if (step instanceof FittedBool b) {
            return numbers(List.of(b.falseValue(), b.trueValue())) ? Type.FLOAT : Type.STRING;
        }
        if (step instanceof FittedCategorical c) {
            return numbers(c.categories()) ? Type.FLOAT : Type.STRING;
        }
        return Type.STRING;
    }

    /**
     * Whether every value is a finite number written as {@link NumericColumn#format} writes it, and no two are
     * the same float32 (then matching float inputs is exact); false for an empty list.
     */
    static boolean numbers(List<String> values) {
        Set<Integer> seen = new HashSet<>();
        for (String v : values) {
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return false;
            }
            float f = (float) d;
            if (!Float.isFinite(f) || !NumericColumn.format(d).equals(v) || !seen.add(Float.floatToIntBits(f))) {
                return false;
            }
        }
        return !values.isEmpty();
    }
}
