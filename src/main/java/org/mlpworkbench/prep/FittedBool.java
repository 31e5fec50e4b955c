package org.mlpworkbench.prep;

import java.util.List;
import org.mlpworkbench.data.Column;

/**
 * A fitted two-valued step: {@code falseValue} → 0, {@code trueValue} → 1, missing → {@code fill}
 * (the training mode, 0 or 1). With {@code indicator}, a second feature {@code Name_missing}.
 */
public record FittedBool(String column, String falseValue, String trueValue, int fill, boolean indicator)
        implements FittedStep {

    public FittedBool {
        if (fill != 0 && fill != 1) {
            throw new IllegalArgumentException("boolean step of '" + column + "': fill must be 0 or 1, not " + fill);
        }
        if (falseValue.equals(trueValue)) {
            throw new IllegalArgumentException("boolean step of '" + column + "': the two values are both '" + falseValue + "'");
        }
    }

    @Override
    public List<String> featureNames() {
        return indicator ? List.of(column, column + MISSING_SUFFIX) : List.of(column);
    }

    @Override
    public Mismatch incompatibility(Column input) {
        int row = ValueLookup.firstUnseen(input, List.of(falseValue, trueValue));
        return row < 0 ? null : new Mismatch(row, "column '" + column + "' held only '" + falseValue + "' and '"
                + trueValue + "' in training, but holds '" + input.text(row) + "'");
    }

    @Override
    public void write(Column input, int[] rows, float[] out, int stride, int offset) {
        ValueLookup lookup = new ValueLookup(input, List.of(falseValue, trueValue));
        for (int i = 0; i < rows.length; i++) {
            int index = lookup.index(rows[i]);
            if (index == ValueLookup.UNSEEN) {
                Mismatch mismatch = incompatibility(input);
                throw new RecipeException(List.of(mismatch.problem()), mismatch.row(), mismatch.problem());
            }
            int at = i * stride + offset;
            out[at] = index == ValueLookup.MISSING ? fill : index;
            if (indicator) {
                out[at + 1] = index == ValueLookup.MISSING ? 1f : 0f;
            }
        }
    }
}
