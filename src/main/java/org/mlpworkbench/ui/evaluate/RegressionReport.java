package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.RegressionMetrics;
import org.mlpworkbench.prep.Task;

/**
 * Predicted against actual values of a regression evaluation, per output and in the target's own
 * units, with MSE, RMSE, MAE and R² from {@link RegressionMetrics} (computed on every row; the charts
 * may draw a subset). Residuals are {@code actual − predicted}. Toolkit-free.
 */
public final class RegressionReport {

    private final List<String> outputs;
    private final Matrix predictions;
    private final Matrix targets;
    private final RegressionMetrics metrics;

    private RegressionReport(List<String> outputs, Matrix predictions, Matrix targets) {
        this.outputs = List.copyOf(outputs);
        this.predictions = predictions;
        this.targets = targets;
        this.metrics = RegressionMetrics.of(predictions, targets);
    }

    /** The report of {@code data}, which must be a regression evaluation. */
    public static RegressionReport of(EvaluationData data) {
        if (data.task() != Task.REGRESSION) {
            throw new IllegalArgumentException("predicted-against-actual plots need a regression model, not "
                    + data.task().label());
        }
        return new RegressionReport(data.outputNames(), data.outputs(), data.targets());
    }

    /** The output (target column) names. */
    public List<String> outputs() {
        return outputs;
    }

    public RegressionMetrics metrics() {
        return metrics;
    }

    public int rows() {
        return predictions.rows();
    }

    /** The known values of output {@code j}. */
    public double[] actual(int j) {
        return column(targets, j);
    }

    /** The model's values of output {@code j}. */
    public double[] predicted(int j) {
        return column(predictions, j);
    }

    /** {@code actual − predicted} of output {@code j}. */
    public double[] residuals(int j) {
        return metrics.residuals(j);
    }

    private static double[] column(Matrix m, int j) {
        double[] out = new double[m.rows()];
        for (int r = 0; r < out.length; r++) {
            out[r] = m.get(r, j);
        }
        return out;
    }

    /** Every output's MSE, RMSE, MAE and R² (and their means with several outputs) as tab-separated text. */
    public String metricsText() {
        StringBuilder text = new StringBuilder(MetricFormat.row(List.of("output", "mse", "rmse", "mae", "r2", "rows")));
        for (int j = 0; j < outputs.size(); j++) {
            text.append(line(outputs.get(j), metrics.mse(j), metrics.rmse(j), metrics.mae(j), metrics.r2(j)));
        }
        if (outputs.size() > 1) {
            text.append(line("mean of outputs", metrics.mse(), metrics.rmse(), metrics.mae(), metrics.r2()));
        }
        return text.toString();
    }

    private String line(String name, double mse, double rmse, double mae, double r2) {
        List<String> cells = new ArrayList<>(List.of(name));
        for (double v : new double[] {mse, rmse, mae, r2}) {
            cells.add(MetricFormat.copied(v));
        }
        cells.add(Integer.toString(rows()));
        return MetricFormat.row(cells);
    }
}
