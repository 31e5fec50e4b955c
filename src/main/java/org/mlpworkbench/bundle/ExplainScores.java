package org.mlpworkbench.bundle;

import java.util.List;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;

/**
 * The two numbers permutation importance watches, overall and per output: a score where higher is better
 * (accuracy at the thresholds for binary and multi-label, accuracy of the most probable class for
 * multi-class, R² for regression) and a loss where lower is better (log loss, probabilities clipped to
 * [1e-15, 1 − 1e-15]; mean squared error in the target's units for regression). Multi-label and
 * multi-output regression give the mean over outputs as the overall figures.
 *
 * The per-output arrays have one entry per output for multi-label and regression, and one entry (the
 * overall figure) for binary and multi-class. Read only within the package, never changed.
 */
final class ExplainScores {

    private static final double EPSILON = 1e-15;

    final double score;
    final double loss;
    final double[] outputScore;
    final double[] outputLoss;

    private ExplainScores(double score, double loss, double[] outputScore, double[] outputLoss) {
        this.score = score;
        this.loss = loss;
        this.outputScore = outputScore;
        this.outputLoss = outputLoss;
    }

    /** The score's name in results, e.g. "accuracy" or "r2". */
    static String scoreName(Task task) {
        return task == Task.REGRESSION ? "r2" : "accuracy";
    }

    /** The loss's name in results, "log_loss" or "mse". */
    static String lossName(Task task) {
        return task == Task.REGRESSION ? "mse" : "log_loss";
    }

    /**
     * The figures of {@code outputs} (probabilities, or values in target units) against {@code targets}
     * (encoded by the recipe; for regression already in target units).
     */
    static ExplainScores of(FittedRecipe recipe, List<Double> thresholds, Matrix outputs, Matrix targets) {
        return switch (recipe.task()) {
            case BINARY, MULTI_LABEL -> labels(thresholds, outputs, targets);
            case MULTI_CLASS -> classes(outputs, targets);
            case REGRESSION -> regression(outputs, targets);
        };
    }

    private static ExplainScores labels(List<Double> thresholds, Matrix outputs, Matrix targets) {
        int n = outputs.rows();
        int k = outputs.cols();
        double[] score = new double[k];
        double[] loss = new double[k];
        float[] p = outputs.data();
        float[] y = targets.data();
        for (int j = 0; j < k; j++) {
            double t = thresholds.get(j);
            long right = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double pi = p[i * k + j];
                boolean positive = y[i * k + j] > 0.5f;
                if (pi > t == positive) {
                    right++;
                }
                double clipped = Math.min(Math.max(pi, EPSILON), 1 - EPSILON);
                sum -= Math.log(positive ? clipped : 1 - clipped);
            }
            score[j] = (double) right / n;
            loss[j] = sum / n;
        }
        return new ExplainScores(mean(score), mean(loss), score, loss);
    }

    private static ExplainScores classes(Matrix outputs, Matrix targets) {
        int n = outputs.rows();
        int k = outputs.cols();
        float[] p = outputs.data();
        float[] y = targets.data();
        long right = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            int truth = 0;
            for (int j = 1; j < k; j++) {
                if (p[i * k + j] > p[i * k + best]) {
                    best = j;
                }
                if (y[i * k + j] > y[i * k + truth]) {
                    truth = j;
                }
            }
            if (best == truth) {
                right++;
            }
            sum -= Math.log(Math.min(Math.max(p[i * k + truth], EPSILON), 1 - EPSILON));
        }
        double accuracy = (double) right / n;
        double logLoss = sum / n;
        return new ExplainScores(accuracy, logLoss, new double[] {accuracy}, new double[] {logLoss});
    }

    private static ExplainScores regression(Matrix outputs, Matrix targets) {
        int n = outputs.rows();
        int k = outputs.cols();
        float[] p = outputs.data();
        float[] y = targets.data();
        double[] r2 = new double[k];
        double[] mse = new double[k];
        for (int j = 0; j < k; j++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += y[i * k + j];
            }
            mean /= n;
            double residual = 0;
            double total = 0;
            for (int i = 0; i < n; i++) {
                double e = (double) y[i * k + j] - p[i * k + j];
                double d = y[i * k + j] - mean;
                residual += e * e;
                total += d * d;
            }
            mse[j] = residual / n;
            r2[j] = total == 0 ? Double.NaN : 1 - residual / total;
        }
        return new ExplainScores(mean(r2), mean(mse), r2, mse);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
