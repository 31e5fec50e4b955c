package org.mlpworkbench.train;

import java.util.Random;
import org.mlpworkbench.data.Matrix;

/** Seeded toy problems for learning tests. */
final class SyntheticData {

    record Split(Matrix x, Matrix y) {
    }

    private SyntheticData() {
    }

    /** The four XOR points. */
    static Split xor() {
        return new Split(Matrix.of(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}),
                Matrix.of(new float[][] {{0}, {1}, {1}, {0}}));
    }

    /** scikit-learn's two interleaving half circles with Gaussian noise; target 1 for the lower moon. */
    static Split twoMoons(int n, double noise, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n * 2];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double t = Math.PI * random.nextDouble();
            boolean lower = i % 2 == 1;
            double a = lower ? 1 - Math.cos(t) : Math.cos(t);
            double b = lower ? 0.5 - Math.sin(t) : Math.sin(t);
            x[2 * i] = (float) (a + noise * random.nextGaussian());
            x[2 * i + 1] = (float) (b + noise * random.nextGaussian());
            y[i] = lower ? 1 : 0;
        }
        return new Split(new Matrix(n, 2, x), new Matrix(n, 1, y));
    }

    /** Gaussian features; label j is 1 when a fixed random linear function j of the features is positive. */
    static Split multiLabel(int n, int features, int labels, long seed) {
        Random random = new Random(seed);
        double[][] w = new double[labels][features];
        Random directions = new Random(4242);
        for (double[] row : w) {
            for (int f = 0; f < features; f++) {
                row[f] = directions.nextGaussian();
            }
        }
        float[] x = new float[n * features];
        float[] y = new float[n * labels];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < features; f++) {
                x[i * features + f] = (float) random.nextGaussian();
            }
            for (int j = 0; j < labels; j++) {
                double s = 0;
                for (int f = 0; f < features; f++) {
                    s += w[j][f] * x[i * features + f];
                }
                y[i * labels + j] = s > 0 ? 1 : 0;
            }
        }
        return new Split(new Matrix(n, features, x), new Matrix(n, labels, y));
    }

    /** Noisy labels that a big network can memorise: for observable overfitting. */
    static Split noisyBinary(int n, int features, long seed) {
        Random random = new Random(seed);
        float[] x = new float[n * features];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int f = 0; f < features; f++) {
                x[i * features + f] = (float) random.nextGaussian();
                s += x[i * features + f];
            }
            boolean label = s > 0;
            y[i] = (random.nextDouble() < 0.3) != label ? 1 : 0;
        }
        return new Split(new Matrix(n, features, x), new Matrix(n, 1, y));
    }
}
