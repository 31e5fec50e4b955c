package org.mlpworkbench.model;

import java.util.random.RandomGenerator;
import org.bytedeco.openblas.global.openblas;

/**
 * Single-precision kernels: matrix products through OpenBLAS ({@code cblas_sgemm}, the BLAS that
 * ND4J itself links) straight on Java arrays, element-wise passes as plain loops that the JIT
 * vectorises. Math on single elements is done in double and rounded once.
 */
final class FloatKernels implements Kernels<float[]> {

    static final FloatKernels INSTANCE = new FloatKernels();

    private FloatKernels() {
    }

    @Override
    public float[] allocate(int length) {
        return new float[length];
    }

    @Override
    public float[] fromFloats(float[] values) {
        return values.clone();
    }

    @Override
    public void toFloats(float[] source, float[] target, int length) {
        System.arraycopy(source, 0, target, 0, length);
    }

    @Override
    public void toDouble(float[] source, double[] target, int length) {
        for (int i = 0; i < length; i++) {
            target[i] = source[i];
        }
    }

    @Override
    public void fromDouble(double[] source, float[] target, int length) {
        for (int i = 0; i < length; i++) {
            target[i] = (float) source[i];
        }
    }

    @Override
    public void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, float[] a, float[] b, float[] c,
                     boolean accumulate) {
        openblas.cblas_sgemm(openblas.CblasRowMajor,
                transposeA ? openblas.CblasTrans : openblas.CblasNoTrans,
                transposeB ? openblas.CblasTrans : openblas.CblasNoTrans,
                m, n, k, 1f, a, transposeA ? m : k, b, transposeB ? k : n, accumulate ? 1f : 0f, c, n);
    }

    @Override
    public void broadcastRows(float[] row, float[] target, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(row, 0, target, r * cols, cols);
        }
    }

    @Override
    public void activate(float[] z, float[] activated, int length, Activation activation) {
        if (activation == Activation.RELU) {
            for (int i = 0; i < length; i++) {
                activated[i] = Math.max(z[i], 0f);
            }
        } else {
            for (int i = 0; i < length; i++) {
                activated[i] = (float) activation.applyToFloat(z[i]);
            }
        }
    }

    @Override
    public void dropout(float[] activated, float[] mask, int length, double rate, RandomGenerator random) {
        float keepScale = (float) (1.0 / (1.0 - rate));
        for (int i = 0; i < length; i++) {
            float m = random.nextDouble() < rate ? 0f : keepScale;
            mask[i] = m;
            activated[i] *= m;
        }
    }

    @Override
    public void activationBackward(float[] delta, float[] z, float[] mask, int length, Activation activation) {
        if (activation == Activation.RELU) {
            for (int i = 0; i < length; i++) {
                delta[i] *= reluStep(z[i]);
            }
        } else {
            for (int i = 0; i < length; i++) {
                delta[i] = (float) (delta[i] * activation.derivativeToFloat(z[i]));
            }
        }
        if (mask != null) {
            for (int i = 0; i < length; i++) {
                delta[i] *= mask[i];
            }
        }
    }

    /**
     * 1 for z > 0, else 0 (also for -0 and +0), without a branch so the loop vectorises: the two
     * scalings by 2^127 lift even the smallest positive float to at least 1, and min/max clamp.
     */
    private static float reluStep(float z) {
        return Math.min(Math.max(z * 0x1p127f * 0x1p127f, 0f), 1f);
    }

    @Override
    public void columnSums(float[] matrix, int rows, int cols, float[] out) {
        java.util.Arrays.fill(out, 0, cols, 0f);
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
    public double addL2(float[] weights, float[] gradient, int length, double l2) {
        float factor = (float) l2;
        double sumSquares = 0;
        for (int i = 0; i < length; i++) {
            float w = weights[i];
            sumSquares += (double) w * w;
            if (gradient != null) {
                gradient[i] += factor * w;
            }
        }
        return 0.5 * l2 * sumSquares;
    }
}
