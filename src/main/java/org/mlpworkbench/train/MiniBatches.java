package org.mlpworkbench.train;

import java.util.random.RandomGenerator;
import org.mlpworkbench.data.Matrix;

/**
 * Seeded shuffling and gathering of mini-batches into two preallocated buffers (features and
 * targets, {@code batchSize} rows each), reused for every batch and for validation chunks.
 */
final class MiniBatches {

    private final Matrix x;
    private final Matrix y;
    private final int batchSize;
    private final RandomGenerator random;
    private final int[] order;
    private final float[] features;
    private final float[] targets;

    MiniBatches(Matrix x, Matrix y, int batchSize, RandomGenerator random) {
        this.x = x;
        this.y = y;
        this.batchSize = Math.min(batchSize, x.rows());
        this.random = random;
        this.order = new int[x.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.features = new float[this.batchSize * x.cols()];
        this.targets = new float[this.batchSize * y.cols()];
    }

    int count() {
        return (x.rows() + batchSize - 1) / batchSize;
    }

    /** A new Fisher–Yates permutation of the rows. */
    void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Copies the rows of batch {@code index} of the current permutation into the buffers; returns their count. */
    int gather(int index) {
        int from = index * batchSize;
        int rows = Math.min(batchSize, x.rows() - from);
        int in = x.cols();
        int out = y.cols();
        for (int r = 0; r < rows; r++) {
            int source = order[from + r];
            System.arraycopy(x.data(), source * in, features, r * in, in);
            System.arraycopy(y.data(), source * out, targets, r * out, out);
        }
        return rows;
    }

    /** Copies {@code rows} consecutive rows of another set (same widths) into the buffers. */
    int load(Matrix otherX, Matrix otherY, int from, int rows) {
        System.arraycopy(otherX.data(), from * otherX.cols(), features, 0, rows * otherX.cols());
        System.arraycopy(otherY.data(), from * otherY.cols(), targets, 0, rows * otherY.cols());
        return rows;
    }

    float[] features() {
        return features;
    }

    float[] targets() {
        return targets;
    }
}
