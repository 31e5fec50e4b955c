package org.mlpworkbench.metrics;

import java.util.Arrays;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.WorkerThread;

/**
 * The rows behind one cell of a confusion matrix: their positions (0-based, ascending) among the
 * evaluated rows, under the same rules as the counts — {@code p > t} is positive for a binary output or
 * a label ({@link ThresholdCurve}), the arg-max with the lowest index on a tie for a multi-class model
 * ({@link MultiClassMetrics}) — so a cell lists exactly as many rows as it counts.
 */
public final class ConfusionRows {

    private ConfusionRows() {
    }

    /**
     * Rows of output {@code col} whose target is {@code actual} and whose prediction at threshold
     * {@code threshold} is {@code predicted}.
     */
    public static int[] binary(Matrix probabilities, Matrix targets, int col, double threshold, boolean actual,
                               boolean predicted) {
        WorkerThread.require("finding the rows of a confusion cell");
        Inputs.sameShape(probabilities, targets);
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        int[] out = new int[probabilities.rows()];
        int n = 0;
        for (int r = 0; r < probabilities.rows(); r++) {
            boolean positive = targets.get(r, col) == 1f;
            if (positive == actual && (probabilities.get(r, col) > threshold) == predicted) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Rows of a multi-class model whose true class is {@code actual} and whose most probable class is {@code predicted}. */
    public static int[] multiClass(Matrix probabilities, Matrix oneHot, int actual, int predicted) {
        WorkerThread.require("finding the rows of a confusion cell");
        Inputs.sameShape(probabilities, oneHot);
        int[] out = new int[probabilities.rows()];
        int n = 0;
        for (int r = 0; r < probabilities.rows(); r++) {
            if (argMax(oneHot, r) == actual && argMax(probabilities, r) == predicted) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The column of row {@code r}'s largest value, the lowest on a tie. */
    static int argMax(Matrix m, int r) {
        int best = 0;
        for (int c = 1; c < m.cols(); c++) {
            if (m.get(r, c) > m.get(r, best)) {
                best = c;
            }
        }
        return best;
    }
}
