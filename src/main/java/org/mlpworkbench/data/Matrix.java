package org.mlpworkbench.data;

import java.util.Arrays;

/**
 * A dense row-major float32 matrix: the currency between preprocessing, the network and the metrics
 * (features {@code rows × features}, targets and predictions {@code rows × outputs}). Immutable by
 * convention: {@link #data()} exposes the backing array for speed, and no code may write to a matrix
 * it did not create.
 */
public record Matrix(int rows, int cols, float[] data) {

    public Matrix {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative shape " + rows + " x " + cols);
        }
        if (data.length != (long) rows * cols) {
            throw new IllegalArgumentException("data length " + data.length + " is not " + rows + " x " + cols);
        }
    }

    /** A zero matrix of the given shape. */
    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new float[Math.multiplyExact(rows, cols)]);
    }

    /** A matrix copied from a rectangular array of rows. */
    public static Matrix of(float[][] values) {
        int cols = values.length == 0 ? 0 : values[0].length;
        float[] data = new float[values.length * cols];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + values[i].length + " values, row 0 has " + cols);
            }
            System.arraycopy(values[i], 0, data, i * cols, cols);
        }
        return new Matrix(values.length, cols, data);
    }

    public float get(int row, int col) {
        return data[row * cols + col];
    }

    /** A copy of one row. */
    public float[] row(int row) {
        return Arrays.copyOfRange(data, row * cols, (row + 1) * cols);
    }

    /** A copy of one column. */
    public float[] column(int col) {
        float[] out = new float[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = data[i * cols + col];
        }
        return out;
    }

    /** A new matrix of the given rows, in that order. */
    public Matrix rows(int[] rowIndices) {
        float[] out = new float[rowIndices.length * cols];
        for (int i = 0; i < rowIndices.length; i++) {
            System.arraycopy(data, rowIndices[i] * cols, out, i * cols, cols);
        }
        return new Matrix(rowIndices.length, cols, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + rows + " x " + cols + "]";
    }
}
