package org.mlpworkbench.metrics;

import org.mlpworkbench.data.WorkerThread;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mlpworkbench.data.Matrix;

/**
 * Regression errors per output column of {@code n × k} predictions against targets, accumulated in
 * double. The averages over outputs are unweighted means of the per-output values (scikit-learn's
 * {@code multioutput="uniform_average"}). R² of an output whose targets are all equal is 1 when the
 * predictions are exact and 0 otherwise (scikit-learn's {@code force_finite}).
 */
public final class RegressionMetrics {
    private final Matrix predictions;
    private final Matrix targets;
    private final double[] mse;
    private final double[] mae;
    private final double[] r2;

    private RegressionMetrics(Matrix predictions, Matrix targets) {
        this.predictions = predictions;
        this.targets = targets;
        int k = predictions.cols();
        this.mse = new double[k];
        this.mae = new double[k];
        this.r2 = new double[k];
        for (int j = 0; j < k; j++) {
            score(j);
        }
    }

    /** Predictions and targets, both {@code rows × outputs}, finite. */
    public static RegressionMetrics of(Matrix predictions, Matrix targets) {
        Inputs.sameShape(predictions, targets);
        float[] p = predictions.data();
        float[] y = targets.data();
        for (int i = 0; i < p.length; i++) {
            Inputs.finite(p[i], "prediction", i, predictions.cols());
            Inputs.finite(y[i], "target", i, targets.cols());
        }
        return new RegressionMetrics(predictions, targets);
    }

    /** One output: predictions and targets as arrays of equal length. */
    public static RegressionMetrics of(float[] predictions, float[] targets) {
        WorkerThread.require("computing regression metrics");
        Inputs.sameLength(predictions.length, targets.length);
        return of(new Matrix(predictions.length, 1, predictions.clone()), new Matrix(targets.length, 1, targets.clone()));
    }

    public int outputs() {
        return mse.length;
    }

    public double mse(int output) {
        return mse[output];
    }

    public double rmse(int output) {
        return Math.sqrt(mse[output]);
    }

    public double mae(int output) {
        return mae[output];
    }

    public double r2(int output) {
        return r2[output];
    }

    /** Mean over outputs of {@link #mse(int)}. */
    public double mse() {
        return mean(this::mse);
    }

    /** Mean over outputs of {@link #rmse(int)} (not the root of the mean MSE). */
    public double rmse() {
        return mean(this::rmse);
    }

    public double mae() {
        return mean(this::mae);
    }

    public double r2() {
        return mean(this::r2);
    }

    /** {@code target − prediction} of every row for one output, for a residual plot. */
    public double[] residuals(int output) {
        double[] out = new double[predictions.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = (double) targets.get(r, output) - predictions.get(r, output);
        }
        return out;
    }

    /**
     * The metrics by name (the names used by {@link CrossValidation}): the averages {@code mse}, {@code rmse},
     * {@code mae}, {@code r2}, and with several outputs also {@code mse[j]} … per output.
     */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mse", mse());
        m.put("rmse", rmse());
        m.put("mae", mae());
        m.put("r2", r2());
        if (outputs() > 1) {
            for (int j = 0; j < outputs(); j++) {
                m.put("mse[" + j + "]", mse(j));
                m.put("rmse[" + j + "]", rmse(j));
                m.put("mae[" + j + "]", mae(j));
                m.put("r2[" + j + "]", r2(j));
            }
        }
        return m;
    }

    private void score(int j) {
        int n = predictions.rows();
        double targetSum = 0;
        double squared = 0;
        double absolute = 0;
        boolean constant = true;
        for (int r = 0; r < n; r++) {
            double y = targets.get(r, j);
            constant &= targets.get(r, j) == targets.get(0, j);
            double e = y - predictions.get(r, j);
            targetSum += y;
            squared += e * e;
            absolute += Math.abs(e);
        }
        double targetMean = targetSum / n;
        double total = 0;
        for (int r = 0; r < n; r++) {
            double d = targets.get(r, j) - targetMean;
            total += d * d;
        }
        mse[j] = squared / n;
        mae[j] = absolute / n;
        r2[j] = !constant ? 1 - squared / total : (squared == 0 ? 1.0 : 0.0);
    }

    private double mean(java.util.function.IntToDoubleFunction perOutput) {
        double sum = 0;
        for (int j = 0; j < outputs(); j++) {
            sum += perOutput.applyAsDouble(j);
        }
        return sum / outputs();
    }
}
