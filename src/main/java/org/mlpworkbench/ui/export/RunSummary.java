package org.mlpworkbench.ui.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlpworkbench.bundle.Evaluation;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;

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
     * The summary of a finished run at its current thresholds.
     *
     * @param validationOutputs the run's outputs on its validation rows, or null when none were held out
     */
    static RunSummary of(RunRecord run, Matrix validationOutputs) {
        FittedRecipe recipe = run.recipe();
        List<Double> thresholds = run.thresholdsProperty().get();
        DataSet data = run.preparation().data();
        String sha = data.sha256();
        String dataLine = data.name() + " · " + ExportTexts.count(data.table().rowCount()) + " rows · SHA-256 "
                + sha.substring(0, Math.min(12, sha.length())) + "…";
        String outputs = recipe.outputNames().size() <= 2 * SHOWN_LABELS ? String.join(", ", recipe.outputNames())
                : String.join(", ", recipe.outputNames().subList(0, SHOWN_LABELS)) + " … ("
                + recipe.outputNames().size() + " outputs)";
        return new RunSummary(run.spec().describe(), taskLine(recipe), outputs, decision(recipe, thresholds), dataLine,
                metrics(run, recipe, validationOutputs, thresholds));
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

    private static String metrics(RunRecord run, FittedRecipe recipe, Matrix outputs, List<Double> thresholds) {
        if (outputs == null) {
            return "none: no rows were held out for validation";
        }
        Map<String, Double> values = Evaluation.metrics(recipe, outputs, run.validation().targets(), thresholds);
        List<String> parts = new ArrayList<>();
        METRICS.forEach((key, name) -> {
            Double v = values.get(key);
            if (v != null) {
                parts.add(name + " " + (Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a"));
            }
        });
        return String.join(" · ", parts) + " on " + ExportTexts.count(outputs.rows()) + " validation rows";
    }

    /** A threshold as typed: at most four decimals, no trailing zeros ("0.42", "0.5"). */
    static String number(double t) {
        String s = String.format(Locale.ROOT, "%.4f", t).replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
