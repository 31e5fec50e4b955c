package org.mlpworkbench.data;

import java.util.Arrays;

/** A column of numbers; a missing value is stored as {@code NaN}. */
public final class NumericColumn implements Column {

    private final String name;
    private final ColumnType type;
    private final double[] values;
    private final int missing;
    private volatile ColumnSummary summary;

    private NumericColumn(String name, ColumnType type, double[] values) {
        this.name = name;
        this.type = type;
        this.values = values;
        int m = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                m++;
            }
        }
        this.missing = m;
    }

    /** A numeric column that takes ownership of {@code values} ({@code NaN} = missing). */
    public static NumericColumn wrap(String name, ColumnType type, double[] values) {
        if (type == ColumnType.BOOLEAN || type == ColumnType.CATEGORICAL || type == ColumnType.TEXT) {
            throw new IllegalArgumentException("numeric storage cannot be typed " + type);
        }
        return new NumericColumn(name, type, values);
    }

    /** A NUMERIC column holding a copy of {@code values} ({@code NaN} = missing). */
    public static NumericColumn of(String name, double... values) {
        return new NumericColumn(name, ColumnType.NUMERIC, values.clone());
    }

    /** The value in {@code row}; {@code NaN} when missing. */
    public double value(int row) {
        return values[row];
    }

    /** A copy of all values ({@code NaN} = missing). */
    public double[] values() {
        return values.clone();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ColumnType type() {
        return type;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    @Override
    public int missingCount() {
        return missing;
    }

    @Override
    public String text(int row) {
        return isMissing(row) ? null : format(values[row]);
    }

    /** Numbers as a person writes them: integers without a fraction, others in shortest round-trip form. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    @Override
    public ColumnSummary summary() {
        ColumnSummary s = summary;
        if (s == null) {
            s = computeSummary();
            summary = s;
        }
        return s;
    }

    /** See {@link NumericSummary}. */
    private ColumnSummary computeSummary() {
        return NumericSummary.of(name, type, values, missing);
    }

    @Override
    public NumericColumn rows(int[] rowIndices) {
        double[] out = new double[rowIndices.length];
        for (int i = 0; i < rowIndices.length; i++) {
            out[i] = values[rowIndices[i]];
        }
        return new NumericColumn(name, type, out);
    }

    @Override
    public NumericColumn renamed(String newName) {
        return new NumericColumn(newName, type, values);
    }

    @Override
    public NumericColumn withType(ColumnType newType) {
        return wrap(name, newType, values);
    }

    @Override
    public String toString() {
        return "NumericColumn[" + name + ", " + type + ", " + values.length + " rows, "
                + Arrays.toString(Arrays.copyOf(values, Math.min(5, values.length))) + "...]";
    }
}
