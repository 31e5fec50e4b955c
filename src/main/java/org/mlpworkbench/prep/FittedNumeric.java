package org.mlpworkbench.prep;

import java.util.List;
import org.mlpworkbench.data.Column;

/**
 * A fitted numeric step: a missing (or infinite) value becomes {@code fill}, then every value becomes
 * {@code (x - center) / scale}. The user's choices ({@code scaling}, {@code imputation}) are kept to
 * explain where {@code fill}, {@code center} and {@code scale} come from. With {@code indicator}, a
 * second feature {@code Name_missing} is 1 where the value was missing.
 */
public record FittedNumeric(
        String column,
        ColumnStep.Scaling scaling,
        ColumnStep.Imputation imputation,
        double fill,
        double center,
        double scale,
        boolean indicator) implements FittedStep {

    public FittedNumeric {
        if (!Double.isFinite(fill) || !Double.isFinite(center) || !Double.isFinite(scale) || scale == 0) {
            throw new IllegalArgumentException("numeric step of '" + column + "': fill, center and scale must be finite"
                    + " and scale non-zero (fill " + fill + ", center " + center + ", scale " + scale + ")");
        }
        float filled = (float) ((fill - center) / scale);
        if (!Float.isFinite(filled)) {
            throw new IllegalArgumentException("numeric step of '" + column + "': its fill value " + fill + " becomes "
                    + filled + " after centring and scaling ((" + fill + " - " + center + ") / " + scale
                    + "); a center and scale fitted to the column keep its values finite");
        }
    }

    @Override
    public List<String> featureNames() {
        return indicator ? List.of(column, column + MISSING_SUFFIX) : List.of(column);
    }

    @Override
    public Mismatch incompatibility(Column input) {
        int row = NumericView.firstNonNumberRow(input);
        return row < 0 ? null
                : new Mismatch(row, "column '" + column + "' must hold numbers, as in training, but holds '" + input.text(row) + "'");
    }

    @Override
    public void write(Column input, int[] rows, float[] out, int stride, int offset) {
        NumericView view = NumericView.of(input);
        float filled = (float) ((fill - center) / scale);
        for (int i = 0; i < rows.length; i++) {
            double x = view.value(rows[i]);
            int at = i * stride + offset;
            boolean missing = !Double.isFinite(x);
            out[at] = missing ? filled : (float) ((x - center) / scale);
            if (indicator) {
                out[at + 1] = missing ? 1f : 0f;
            }
        }
    }
}
