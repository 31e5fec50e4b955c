package org.mlpworkbench.train;

import org.mlpworkbench.model.TaskKind;

/**
 * Accumulates the task's main metric over batches: accuracy at threshold 0.5 averaged over all
 * outputs ({@code mean((p > 0.5) == target)}) for binary and multi-label, arg-max accuracy for
 * multi-class, root mean squared error over all outputs for regression.
 */
final class MetricAccumulator {

    private final TaskKind task;
    private final int outputs;
    private double total;
    private long count;

    MetricAccumulator(TaskKind task, int outputs) {
        this.task = task;
        this.outputs = outputs;
    }

    void reset() {
        total = 0;
        count = 0;
    }

    /** Adds {@code rows} rows of predictions and targets (row-major, {@code rows × outputs}). */
    void add(double[] predictions, float[] targets, int rows) {
        switch (task) {
            case BINARY, MULTI_LABEL -> {
                int n = rows * outputs;
                int wrong = 0;
                for (int i = 0; i < n; i++) {
                    wrong += aboveHalf(predictions[i]) ^ aboveHalf(targets[i]);
                }
                total += n - wrong;
                count += n;
            }
            case MULTI_CLASS -> {
                for (int r = 0; r < rows; r++) {
                    int row = r * outputs;
                    int predicted = 0;
                    int actual = 0;
                    for (int c = 1; c < outputs; c++) {
                        predicted = predictions[row + c] > predictions[row + predicted] ? c : predicted;
                        actual = targets[row + c] > targets[row + actual] ? c : actual;
                    }
                    total += predicted == actual ? 1 : 0;
                }
                count += rows;
            }
            case REGRESSION -> {
                for (int i = 0; i < rows * outputs; i++) {
                    double diff = predictions[i] - targets[i];
                    total += diff * diff;
                }
                count += (long) rows * outputs;
            }
        }
    }

    /** 1 when {@code value > 0.5}, else 0, from the sign bit of {@code 0.5 - value} (no branch to mispredict). */
    private static int aboveHalf(double value) {
        return (int) (Double.doubleToRawLongBits(0.5 - value) >>> 63);
    }

    double value() {
        if (count == 0) {
            return Double.NaN;
        }
        double mean = total / count;
        return task == TaskKind.REGRESSION ? Math.sqrt(mean) : mean;
    }
}
