package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.WorkerThread;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.FittedBool;
import org.mlpworkbench.prep.FittedCategorical;
import org.mlpworkbench.prep.FittedNumeric;
import org.mlpworkbench.prep.FittedStep;
import org.mlpworkbench.prep.InputFeatures;

/**
 * Partial dependence of one output on one input column: every row gets the same value of the column (its
 * other columns unchanged), and the model's outputs are averaged over the rows. A numeric column is set to
 * {@value #GRID_POINTS} values evenly spaced between the 5th and 95th percentile of its (non-missing) values
 * in the rows; any other column to each of its values that occur in the rows (a category, yes/no, missing
 * or not). Each point also has the 10th and 90th percentile of the individual rows' outputs there (the ICE
 * band: how much the rows differ). Outputs are probabilities, or values in the target's units for
 * regression.
 *
 * @param column  the input column
 * @param numeric true for a curve over a numeric column's range, false for one bar per value
 * @param output  the output's name, e.g. {@code Survived=1}
 * @param rows    rows averaged over (after the row cap)
 * @param points  in order of the value (numeric) or of the features (categories)
 */
public record PartialDependence(String column, boolean numeric, String output, int rows, List<Point> points) {

    public static final int GRID_POINTS = 20;
    /** The default cap on the rows averaged over. */
    public static final int DEFAULT_MAX_ROWS = 2_000;

    public PartialDependence {
        points = List.copyOf(points);
    }

    /**
     * One value of the column.
     *
     * @param label the value as text ("29.5", "male", "(missing)")
     * @param value the value for a numeric column, NaN otherwise
     * @param mean  the mean output over the rows
     * @param low   the 10th percentile of the rows' outputs
     * @param high  the 90th percentile
     */
    public record Point(String label, double value, double mean, double low, double high) {
    }

    /**
     * The partial dependence of output {@code output} on {@code column} over at most {@code maxRows} of
     * {@code rows} (sampled with {@code seed}).
     *
     * @throws IllegalArgumentException when the recipe makes no features from {@code column} or the output is out of range
     * @throws java.util.concurrent.CancellationException when {@code listener} cancelled
     */
    public static PartialDependence compute(ExplainRows rows, String column, int output, int maxRows, long seed,
                                            ExplainListener listener) {
        WorkerThread.require("computing partial dependence");
        List<String> outputs = rows.recipe().outputNames();
        if (output < 0 || output >= outputs.size()) {
            throw new IllegalArgumentException("output " + output + " is out of range: the model has " + outputs.size());
        }
        InputFeatures input = rows.recipe().inputColumns().stream().filter(c -> c.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model uses no column '" + column + "'"));
        if (rows.rows() == 0) {
            throw new IllegalArgumentException("partial dependence needs at least one row");
        }
        ExplainRows used = rows.sample(maxRows, seed);
        FittedStep step = rows.recipe().step(column).orElseThrow();
        boolean numeric = step instanceof FittedNumeric;
        Map<String, float[]> settings = numeric ? grid((FittedNumeric) step, input, used.features())
                : levels(step, input, used.features());
        List<Point> points = new ArrayList<>();
        int done = 0;
        float[] data = used.features().data().clone();
        int n = used.rows();
        int width = used.features().cols();
        for (Map.Entry<String, float[]> setting : settings.entrySet()) {
            ExplainRows.checkCancelled(listener);
            for (int i = 0; i < n; i++) {
                System.arraycopy(setting.getValue(), 0, data, i * width + input.offset(), input.width());
            }
            Matrix predicted = used.bundle().predictFeatures(new Matrix(n, width, data));
            double[] values = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                values[i] = predicted.get(i, output);
                sum += values[i];
            }
            Arrays.sort(values);
            double value = numeric ? raw((FittedNumeric) step, setting.getValue()[0]) : Double.NaN;
            points.add(new Point(setting.getKey(), value, sum / n, percentile(values, 0.10), percentile(values, 0.90)));
            listener.progress(++done, settings.size());
        }
        return new PartialDependence(column, numeric, outputs.get(output), n, points);
    }

    /** The grid of a numeric column: feature values (the indicator, if any, at "not missing") by label. */
    private static Map<String, float[]> grid(FittedNumeric step, InputFeatures input, Matrix features) {
        int n = features.rows();
        double[] values = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!step.indicator() || features.get(i, input.offset() + 1) == 0f) {
                values[count++] = raw(step, features.get(i, input.offset()));
            }
        }
        Map<String, float[]> grid = new LinkedHashMap<>();
        if (count == 0) {
            return grid;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        double from = percentile(sorted, 0.05);
        double to = percentile(sorted, 0.95);
        int points = from == to ? 1 : GRID_POINTS;
        for (int p = 0; p < points; p++) {
            double x = points == 1 ? from : from + (to - from) * p / (points - 1);
            float[] setting = new float[input.width()];
            setting[0] = (float) ((x - step.center()) / step.scale());
            grid.putIfAbsent(label(x), setting);
        }
        return grid;
    }

    /** The value of the column that feature value {@code f} stands for. */
    private static double raw(FittedNumeric step, float f) {
        return f * step.scale() + step.center();
    }

    private static String label(double x) {
        return String.format(java.util.Locale.ROOT, "%.4g", x);
    }

    /** Every distinct feature pattern of the column among the rows, named by the value it encodes, in feature order. */
    private static Map<String, float[]> levels(FittedStep step, InputFeatures input, Matrix features) {
        List<float[]> patterns = new ArrayList<>();
        for (int i = 0; i < features.rows(); i++) {
            float[] pattern = Arrays.copyOfRange(features.data(), i * features.cols() + input.offset(),
                    i * features.cols() + input.offset() + input.width());
            if (patterns.stream().noneMatch(p -> Arrays.equals(p, pattern))) {
                patterns.add(pattern);
            }
        }
        patterns.sort((a, b) -> Arrays.compare(b, a));
        Map<String, float[]> levels = new LinkedHashMap<>();
        for (float[] pattern : patterns) {
            levels.putIfAbsent(name(step, input, pattern), pattern);
        }
        return levels;
    }

    /** The value a column's feature pattern encodes, e.g. "male" for Sex=male = 1. */
    static String name(FittedStep step, InputFeatures input, float[] pattern) {
        if (step instanceof FittedBool b) {
            return b.indicator() && pattern[1] == 1f ? FittedCategorical.MISSING : pattern[0] == 1f ? b.trueValue() : b.falseValue();
        }
        if (step instanceof FittedStep.MissingIndicator) {
            return pattern[0] == 1f ? "missing" : "present";
        }
        if (step instanceof FittedCategorical c && c.encoding() == ColumnStep.Encoding.ORDINAL) {
            int at = Math.round(pattern[0]);
            return at < 0 ? FittedCategorical.MISSING : at < c.categories().size() ? c.categories().get(at) : FittedCategorical.OTHER;
        }
        String prefix = input.column() + "=";
        for (int j = 0; j < pattern.length; j++) {
            if (pattern[j] == 1f) {
                String feature = input.featureNames().get(j);
                return feature.startsWith(prefix) ? feature.substring(prefix.length()) : feature;
            }
        }
        return "(unseen)";
    }

    /** The {@code q} quantile of sorted values (linear between neighbours). */
    static double percentile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (at - below);
    }
}
