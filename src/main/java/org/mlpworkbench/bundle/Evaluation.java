package org.mlpworkbench.bundle;

import org.mlpworkbench.data.WorkerThread;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.metrics.MultiClassMetrics;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.PrecisionRecallCurve;
import org.mlpworkbench.metrics.RegressionMetrics;
import org.mlpworkbench.metrics.RocCurve;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.RecipeException;
import org.mlpworkbench.prep.Task;

/**
 * The task's metrics for a model on rows with known targets: for binary the threshold metrics at the
 * model's threshold (predicted positive iff {@code p > t}) plus ROC AUC and average precision; for
 * multi-label the pooled and per-label-averaged scores at the per-label thresholds; for multi-class
 * accuracy, F1 and log loss; for regression MSE, RMSE, MAE and R² in the target's own units.
 *
 * @param rows         rows evaluated (those with a known target)
 * @param excludedRows rows left out because their target was missing or unknown ({@code message} says why)
 */
public record Evaluation(Task task, int rows, int excludedRows, String message, List<Double> thresholds,
                         Map<String, Double> metrics) {

    public Evaluation {
        thresholds = List.copyOf(thresholds);
        metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /**
     * Evaluates {@code bundle} on {@code table}, which must hold the target columns.
     *
     * @param thresholds one per output, or {@code null} for the bundle's own
     * @throws IllegalArgumentException when the table has no target columns or no row with a known target
     */
    public static Evaluation of(ModelBundle bundle, Table table, List<Double> thresholds) {
        Prepared prepared = labelled(bundle, table);
        return of(bundle, prepared, bundle.predictFeatures(prepared.features()), bundle.thresholdsOr(thresholds));
    }

    /** The evaluation of {@code outputs}, the bundle's predictions for {@code prepared}, at {@code chosen}. */
    static Evaluation of(ModelBundle bundle, Prepared prepared, Matrix outputs, List<Double> chosen) {
        return new Evaluation(bundle.task(), prepared.features().rows(), prepared.excludedRows(), prepared.message(), chosen,
                metrics(bundle.recipe(), outputs, prepared.targets(), chosen));
    }

    /**
     * As {@link #of(ModelBundle, Table, List)} for a loaded file: a value the recipe cannot read is
     * reported with its file line.
     */
    public static Evaluation of(ModelBundle bundle, LoadedTable loaded, List<Double> thresholds) throws CsvException {
        try {
            return of(bundle, loaded.table(), thresholds);
        } catch (RecipeException e) {
            throw located(e, loaded);
        }
    }

    /**
     * The rows of a loaded file with a known target, prepared by {@code bundle}'s recipe; a value the recipe
     * cannot read is reported with its file line.
     *
     * @throws IllegalArgumentException when the file has no target columns or no row with a known target
     */
    public static Prepared labelled(ModelBundle bundle, LoadedTable loaded) throws CsvException {
        try {
            return labelled(bundle, loaded.table());
        } catch (RecipeException e) {
            throw located(e, loaded);
        }
    }

    private static CsvException located(RecipeException e, LoadedTable loaded) {
        CsvException located = RowErrors.atLine(e, loaded, 0);
        if (located == null) {
            throw e;
        }
        return located;
    }

    private static Prepared labelled(ModelBundle bundle, Table table) {
        Prepared prepared = bundle.recipe().apply(table);
        if (!prepared.hasTargets()) {
            throw new IllegalArgumentException(table.source() + " has no target column "
                    + String.join(", ", bundle.recipe().target().columns()) + ", so the model cannot be evaluated on it");
        }
        if (prepared.features().rows() == 0) {
            throw new IllegalArgumentException(table.source() + " has no row with a known target to evaluate on"
                    + (prepared.message().isEmpty() ? "" : " (" + prepared.message() + ")"));
        }
        return prepared;
    }

    /**
     * The metrics of {@code outputs} (probabilities, or regression values in target units) against
     * {@code targets} as the recipe encodes them.
     */
    public static Map<String, Double> metrics(FittedRecipe recipe, Matrix outputs, Matrix targets, List<Double> thresholds) {
        WorkerThread.require("computing metrics");
        Map<String, Double> metrics = new LinkedHashMap<>();
        switch (recipe.task()) {
            case BINARY -> {
                ThresholdCurve curve = ThresholdCurve.build(outputs, targets);
                metrics.putAll(curve.at(thresholds.get(0)).metrics());
                metrics.put("roc_auc", RocCurve.of(curve).auc());
                metrics.put("average_precision", PrecisionRecallCurve.of(curve).averagePrecision());
            }
            case MULTI_LABEL -> {
                double[] t = thresholds.stream().mapToDouble(Double::doubleValue).toArray();
                metrics.putAll(MultiLabelMetrics.of(outputs, targets).at(t).metrics());
            }
            case MULTI_CLASS -> metrics.putAll(MultiClassMetrics.of(outputs, targets).metrics());
            case REGRESSION -> metrics.putAll(RegressionMetrics.of(outputs, recipe.inverseTargets(targets)).metrics());
        }
        return metrics;
    }
}
