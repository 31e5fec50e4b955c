package org.mlpworkbench.tune;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.ThresholdMetric;
import org.mlpworkbench.prep.Task;

/**
 * One decision threshold per output of a binary or multi-label trial, chosen on the trial's out-of-fold
 * predictions (every row scored by the fold model that did not train on it, all folds pooled; with a single
 * validation split, its held-out rows): for each output the threshold that maximises that output's
 * accuracy ({@link ThresholdMetric#ACCURACY}, the middle of the widest best plateau). Maximising each label's
 * accuracy maximises their mean, the label accuracy (1 − Hamming loss) the search optimises.
 *
 * <p>{@code tunedScore} is measured on the very predictions the thresholds were chosen on, so it is
 * optimistic; the trial's {@link Trial#score()} stays the one at 0.5 and alone ranks the trials.
 *
 * @param thresholds one per output, in the fitted recipe's output order
 * @param pooledScore the objective on the pooled out-of-fold predictions at 0.5 per output
 * @param tunedScore  the objective on the same predictions at {@code thresholds} (optimistic, see above)
 */
public record ChosenThresholds(List<Double> thresholds, double pooledScore, double tunedScore) {

    public ChosenThresholds {
        thresholds = List.copyOf(thresholds);
        if (thresholds.isEmpty()) {
            throw new IllegalArgumentException("no thresholds");
        }
    }

    /** True for the tasks whose outputs are thresholded: binary and multi-label. */
    public static boolean appliesTo(Task task) {
        return ModelBundle.usesThresholds(task);
    }

    /**
     * Chooses the thresholds from each fold's held-out probabilities and 0/1 targets ({@code n_f × k} each).
     * Returns null when the task has no thresholds, when there are no rows, or when the folds learnt
     * different numbers of outputs (a label missing from some fold's training rows).
     */
    public static ChosenThresholds choose(Task task, List<Matrix> outputs, List<Matrix> targets) {
        if (!appliesTo(task) || outputs.isEmpty() || outputs.size() != targets.size()) {
            return null;
        }
        int cols = outputs.get(0).cols();
        int rows = 0;
        for (int f = 0; f < outputs.size(); f++) {
            if (outputs.get(f).cols() != cols || targets.get(f).cols() != cols) {
                return null;
            }
            rows += outputs.get(f).rows();
        }
        if (rows == 0 || cols == 0) {
            return null;
        }
        MultiLabelMetrics metrics = MultiLabelMetrics.of(stack(outputs, rows, cols), stack(targets, rows, cols));
        double[] best = metrics.bestThresholds(ThresholdMetric.ACCURACY);
        List<Double> chosen = new ArrayList<>(best.length);
        for (int j = 0; j < best.length; j++) {
            // a bundle's thresholds lie in [0, 1]; only a score of exactly 0 or 1 could ask for one outside
            best[j] = Math.max(0.0, Math.min(1.0, best[j]));
            chosen.add(best[j]);
        }
        double[] half = new double[cols];
        java.util.Arrays.fill(half, 0.5);
        return new ChosenThresholds(chosen, labelAccuracy(metrics, half), labelAccuracy(metrics, best));
    }

    /** The mean over outputs of each output's accuracy: label accuracy, and plain accuracy for one output. */
    static double labelAccuracy(MultiLabelMetrics metrics, double[] thresholds) {
        double sum = 0;
        for (int j = 0; j < thresholds.length; j++) {
            sum += metrics.label(j).accuracyAt(thresholds[j]);
        }
        return sum / thresholds.length;
    }

    /** The rows of every matrix, one under the other. */
    private static Matrix stack(List<Matrix> parts, int rows, int cols) {
        float[] data = new float[rows * cols];
        int at = 0;
        for (Matrix m : parts) {
            float[] d = m.data();
            System.arraycopy(d, 0, data, at, m.rows() * cols);
            at += m.rows() * cols;
        }
        return new Matrix(rows, cols, data);
    }
}
