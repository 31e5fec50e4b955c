package org.mlpworkbench.prep;

import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.NumericColumn;

/**
 * A column read as numbers ({@code NaN} = missing). Numeric storage is read directly; categorical
 * storage is accepted when every level is a number (a small file may have been typed differently
 * from the training file), each level parsed once.
 */
final class NumericView {

    private final NumericColumn numeric;
    private final CategoricalColumn categorical;
    private final double[] levelValues;

    private NumericView(NumericColumn numeric, CategoricalColumn categorical, double[] levelValues) {
        this.numeric = numeric;
        this.categorical = categorical;
        this.levelValues = levelValues;
    }

    /** The first value of {@code column} that is not a number, or {@code null} when it reads as numbers. */
    static String firstNonNumber(Column column) {
        int row = firstNonNumberRow(column);
        return row < 0 ? null : column.text(row);
    }

    /** The first row of {@code column} whose value is not a number, or -1 when it reads as numbers. */
    static int firstNonNumberRow(Column column) {
        if (column instanceof CategoricalColumn c) {
            boolean[] text = new boolean[c.levels().size()];
            boolean any = false;
            for (int l = 0; l < text.length; l++) {
                text[l] = Double.isNaN(Values.parse(c.levels().get(l)));
                any |= text[l];
            }
            for (int r = 0; any && r < c.size(); r++) {
                int code = c.code(r);
                if (code >= 0 && text[code]) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** The view of {@code column}; call {@link #firstNonNumber} first, as a text level is an error. */
    static NumericView of(Column column) {
        if (column instanceof NumericColumn n) {
            return new NumericView(n, null, null);
        }
        CategoricalColumn c = (CategoricalColumn) column;
        double[] values = new double[c.levels().size()];
        for (int l = 0; l < values.length; l++) {
            values[l] = Values.parse(c.levels().get(l));
            if (Double.isNaN(values[l])) {
                throw new IllegalArgumentException("column '" + c.name() + "' holds text ('" + c.levels().get(l)
                        + "') where numbers are expected");
            }
        }
        return new NumericView(null, c, values);
    }

    /** The value of {@code row}; {@code NaN} when missing. */
    double value(int row) {
        if (numeric != null) {
            return numeric.value(row);
        }
        int code = categorical.code(row);
        return code < 0 ? Double.NaN : levelValues[code];
    }
}
