package org.mlpworkbench.ui.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.bundle.TrainingRecord;

/**
 * What is about to leave the application, one line per aspect: the network, the task, the outputs,
 * how outputs become labels (the thresholds in use and where they came from), the training file with
 * its fingerprint, and the validation metrics at those thresholds.
 */
public record RunSummary(String network, String task, String outputs, String decision, String data, String metrics) {

    private static final int SHOWN_LABELS = 4;
    private static final Map<String, String> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("accuracy", "accuracy");
        METRICS.put("precision", "precision");
        METRICS.put("recall", "recall");
        METRICS.put("f1", "F1");
        METRICS.put("roc_auc", "ROC AUC");
        METRICS.put("label_accuracy", "label accuracy");
        METRICS.put("subset_accuracy", "subset accuracy");
        METRICS.put("micro_f1", "micro F1");
        METRICS.put("macro_f1", "macro F1");
        METRICS.put("log_loss", "log loss");
        METRICS.put("rmse", "RMSE");
        METRICS.put("mae", "MAE");
        METRICS.put("r2", "R²");
    }

    /**
     * The summary of what a run's bundle holds (built off the UI thread from {@link RunRecord#bundleSnapshot()}:
     * its metrics are computed at the run's current thresholds).
     *
     * @param validationRows rows held out, on which the bundle's metrics are computed; 0: they are computed on
     *                       the {@code trainRows}
     */
    static RunSummary of(String network, DataSet data, ModelBundle bundle, int validationRows, int trainRows) {
        FittedRecipe recipe = bundle.recipe();
        String sha = data.sha256();
        String dataLine = data.name() + " · " + ExportTexts.count(data.table().rowCount()) + " rows · SHA-256 "
                + sha.substring(0, Math.min(12, sha.length())) + "…";
        String outputs = recipe.outputNames().size() <= 2 * SHOWN_LABELS ? String.join(", ", recipe.outputNames())
                : String.join(", ", recipe.outputNames().subList(0, SHOWN_LABELS)) + " … ("
                + recipe.outputNames().size() + " outputs)";
        return new RunSummary(network, taskLine(recipe), outputs, decision(recipe, bundle.thresholds()), dataLine,
                metrics(bundle.training(), validationRows, trainRows));
    }

    private static String taskLine(FittedRecipe recipe) {
        return recipe.task().label() + " · target " + String.join(", ", recipe.target().columns());
    }

    /** How outputs become labels, e.g. "Survived=1 positive if p > 0.42 — chosen in Evaluate". */
    static String decision(FittedRecipe recipe, List<Double> thresholds) {
        Task task = recipe.task();
        if (task == Task.MULTI_CLASS) {
            return "the most probable class (arg-max); no threshold";
        }
        if (task == Task.REGRESSION) {
            return "predicted values in the target's units; no threshold";
        }
        String origin = thresholds.equals(ModelBundle.defaultThresholds(recipe))
                ? " — the default; choose another in Evaluate" : " — chosen in Evaluate";
        List<String> names = recipe.outputNames();
        if (task == Task.BINARY) {
            return names.get(0) + " positive if p > " + number(thresholds.get(0)) + origin;
        }
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < Math.min(SHOWN_LABELS, names.size()); j++) {
            parts.add(names.get(j) + " > " + number(thresholds.get(j)));
        }
        String more = names.size() > SHOWN_LABELS ? " … (" + names.size() + " labels)" : "";
        return "each label positive if p > its threshold: " + String.join(", ", parts) + more + origin;
    }

    private static String metrics(TrainingRecord training, int validationRows, int trainRows) {
        if (training.metrics().isEmpty()) {
            return "none: the rows the run was scored on can no longer be recomputed";
        }
        List<String> parts = new ArrayList<>();
        METRICS.forEach((key, name) -> {
            Double v = training.metrics().get(key);
            if (v != null) {
                parts.add(name + " " + (Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a"));
            }
        });
        return String.join(" · ", parts) + (validationRows > 0 ? " on " + ExportTexts.count(validationRows)
                + " validation rows" : " on the " + ExportTexts.count(trainRows) + " training rows (none were held out)");
    }

    /** A threshold as typed: at most four decimals, no trailing zeros ("0.42", "0.5"). */
    static String number(double t) {
        String s = String.format(Locale.ROOT, "%.4f", t).replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
