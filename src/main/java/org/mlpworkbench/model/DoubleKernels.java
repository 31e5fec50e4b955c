package org.mlpworkbench.model;

import java.util.random.RandomGenerator;
import org.bytedeco.openblas.global.openblas;

/**
 * Double-precision twins of {@link FloatKernels} ({@code cblas_dgemm}), used by gradient checks and
 * reference comparisons so that they run the same {@link Engine} code as training.
 */
final class DoubleKernels implements Kernels<double[]> {

    static final DoubleKernels INSTANCE = new DoubleKernels();

    private DoubleKernels() {
    }

    @Override
    public double[] allocate(int length) {
        return new double[length];
    }

    @Override
    public double[] fromFloats(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @Override
    public void toFloats(double[] source, float[] target, int length) {
        for (int i = 0; i < length; i++) {
            target[i] = (float) source[i];
        }
    }

    @Override
    public void toDouble(double[] source, double[] target, int length) {
        System.arraycopy(source, 0, target, 0, length);
    }

    @Override
    public void fromDouble(double[] source, double[] target, int length) {
        System.arraycopy(source, 0, target, 0, length);
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a, double[] b, double[] c,
                     boolean accumulate) {
        openblas.cblas_dgemm(openblas.CblasRowMajor,
                transposeA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transposeB ? openblas.CblasTrans : openblas.CblasNoTrans,
                m, n, k, 1.0, a, transposeA ? m : k, b, transposeB ? k : n, accumulate ? 1.0 : 0.0, c, n);
    }

    @Override
    public void broadcastRows(double[] row, double[] target, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(row, 0, target, r * cols, cols);
        }
    }

    @Override
    public void activate(double[] z, double[] activated, int length, Activation activation) {
        if (activation == Activation.RELU) {
            for (int i = 0; i < length; i++) {
                activated[i] = Math.max(z[i], 0.0);
            }
        } else {
            for (int i = 0; i < length; i++) {
                activated[i] = activation.apply(z[i]);
            }
        }
    }

    @Override
    public void dropout(double[] activated, double[] mask, int length, double rate, RandomGenerator random) {
        double keepScale = (1.0 / (1.0 - rate));
        for (int i = 0; i < length; i++) {
            double m = random.nextDouble() < rate ? 0.0 : keepScale;
            mask[i] = m;
            activated[i] *= m;
        }
    }

    @Override
    public void activationBackward(double[] delta, double[] z, double[] mask, int length, Activation activation) {
        if (activation == Activation.RELU) {
            for (int i = 0; i < length; i++) {
                delta[i] = z[i] > 0.0 ? delta[i] : 0.0;
            }
        } else {
            for (int i = 0; i < length; i++) {
                delta[i] = (delta[i] * activation.derivative(z[i]));
            }
        }
        if (mask != null) {
            for (int i = 0; i < length; i++) {
                delta[i] *= mask[i];
            }
        }
    }

    @Override
    public void columnSums(double[] matrix, int rows, int cols, double[] out) {
        java.util.Arrays.fill(out, 0, cols, 0.0);
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int a = r * cols;
            int b = a + cols;
            int c2 = b + cols;
            int d = c2 + cols;
            for (int c = 0; c < cols; c++) {
                out[c] += (matrix[a + c] + matrix[b + c]) + (matrix[c2 + c] + matrix[d + c]);
            }
        }
        for (; r < rows; r++) {
            int row = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c] += matrix[row + c];
            }
        }
    }

    @Override
    public double addL2(double[] weights, double[] gradient, int length, double l2) {
        double factor = l2;
        double sumSquares = 0;
        for (int i = 0; i < length; i++) {
            double w = weights[i];
            sumSquares += w * w;
            if (gradient != null) {
                gradient[i] += factor * w;
            }
        }
        return 0.5 * l2 * sumSquares;
    }
}
