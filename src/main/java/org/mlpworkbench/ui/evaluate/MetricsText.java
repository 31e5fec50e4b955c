package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlpworkbench.metrics.MultiLabelScores;
import org.mlpworkbench.metrics.ThresholdPoint;

/**
 * Metrics as text: display names ("balanced accuracy", "R²"), numbers with sensible precision, the
 * one-line summary under the source bar, and the tab-separated report that "Copy metrics" puts on the
 * clipboard (one {@code name<TAB>value} line each, so it pastes into a spreadsheet as two columns).
 */
public final class MetricsText {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("roc_auc", "ROC AUC"), Map.entry("pooled_roc_auc", "pooled ROC AUC"),
            Map.entry("average_precision", "average precision"), Map.entry("f1", "F1"),
            Map.entry("macro_f1", "macro F1"), Map.entry("micro_f1", "micro F1"), Map.entry("weighted_f1", "weighted F1"),
            Map.entry("mse", "MSE"), Map.entry("rmse", "RMSE"), Map.entry("mae", "MAE"), Map.entry("r2", "R²"),
            Map.entry("fpr", "false-positive rate"), Map.entry("mcc", "MCC"),
            Map.entry("subset_accuracy", "exact-match accuracy"));

    private MetricsText() {
    }

    /** "balanced_accuracy" → "balanced accuracy", "r2" → "R²". */
    public static String name(String key) {
        return NAMES.getOrDefault(key, key.replace('_', ' '));
    }

    /** Three decimals in the usual range, four significant digits for large or tiny values, "n/a" for NaN. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 10_000 || a < 0.001) ? String.format(Locale.ROOT, "%.4g", v)
                : a >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    /** "ROC AUC 0.861 · average precision 0.823". */
    public static String summary(Map<String, Double> metrics) {
        List<String> parts = new ArrayList<>();
        metrics.forEach((k, v) -> parts.add(name(k) + " " + number(v)));
        return String.join(" · ", parts);
    }

    /** The step's status line for a threshold explorer: "acc 0.826 @ 0.50", "micro F1 0.854 @ 0.50" or "… · per label". */
    public static String status(ThresholdExplorer e) {
        if (!e.isMultiLabel()) {
            return "acc " + number(e.pointProperty().get().accuracy()) + " @ " + String.format(Locale.ROOT, "%.2f", e.thresholds().get(0));
        }
        String f1 = "micro F1 " + number(e.scoresProperty().get().microF1());
        return e.modeProperty().get() == ThresholdExplorer.Mode.PER_LABEL ? f1 + " · per label"
                : f1 + " @ " + String.format(Locale.ROOT, "%.2f", e.thresholds().get(0));
    }

    /** The step's status line for a model without thresholds: "acc 0.912" (multi-class) or "R² 0.873" (regression). */
    public static String status(Scored s) {
        Double accuracy = s.summary().get("accuracy");
        return accuracy != null ? "acc " + number(accuracy) : "R² " + number(s.summary().getOrDefault("r2", Double.NaN));
    }

    /** A percentage with one decimal, e.g. "74.3 %". */
    public static String percent(long part, long whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    /** "Evaluated on the validation split of Run 2: 178 rows", with the rows left out and why. */
    static String source(EvaluationData d, boolean fromFile) {
        String excluded = d.excludedRows() == 0 ? "" : " · " + d.excludedRows() + (d.excludedRows() == 1 ? " row" : " rows")
                + " left out: " + d.message();
        return String.format(java.util.Locale.ROOT, "Evaluated on %s: %,d rows%s", fromFile ? d.source() : "the " + d.source(),
                d.rows(), excluded);
    }

    /** The "Copy metrics" text of a model without thresholds (multi-class, regression): run, source, rows, metrics. */
    static String report(String run, Scored scored) {
        StringBuilder out = new StringBuilder("run\t" + run + "\nsource\t" + scored.data().source()
                + "\nrows\t" + scored.data().rows() + "\n");
        scored.summary().forEach((k, v) -> out.append(name(k)).append('\t').append(v).append('\n'));
        return out.toString();
    }

    /**
     * The "Copy metrics" text of the explorer's current state: run, source, rows, threshold(s), the
     * metrics at them, the confusion counts and the threshold-free metrics.
     */
    public static String report(String run, ThresholdExplorer explorer) {
        Scored scored = explorer.scored();
        EvaluationData data = scored.data();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"run", run});
        rows.add(new String[] {"source", data.source()});
        rows.add(new String[] {"rows", Integer.toString(data.rows())});
        List<Double> thresholds = explorer.thresholds();
        ThresholdPoint p = explorer.pointProperty().get();
        if (!explorer.isMultiLabel()) {
            rows.add(new String[] {"positive class", explorer.positiveName()});
            rows.add(new String[] {"threshold", exact(thresholds.get(0))});
            addPoint(rows, "", p);
        } else {
            MultiLabelScores s = explorer.scoresProperty().get();
            rows.add(new String[] {"mode", explorer.modeProperty().get().toString()});
            for (int j = 0; j < thresholds.size(); j++) {
                rows.add(new String[] {"threshold " + data.outputNames().get(j), exact(thresholds.get(j))});
            }
            s.metrics().forEach((k, v) -> rows.add(new String[] {name(k), exact(v)}));
            for (int j = 0; j < thresholds.size(); j++) {
                addPoint(rows, data.outputNames().get(j) + " ", s.perLabel().get(j));
            }
        }
        scored.summary().forEach((k, v) -> rows.add(new String[] {name(k), exact(v)}));
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(row[0]).append('\t').append(row[1]).append('\n');
        }
        return out.toString();
    }

    private static void addPoint(List<String[]> rows, String prefix, ThresholdPoint p) {
        rows.add(new String[] {prefix + "accuracy", exact(p.accuracy())});
        rows.add(new String[] {prefix + "precision", exact(p.precision())});
        rows.add(new String[] {prefix + "recall", exact(p.recall())});
        rows.add(new String[] {prefix + "F1", exact(p.f1())});
        rows.add(new String[] {prefix + "balanced accuracy", exact(p.balancedAccuracy())});
        rows.add(new String[] {prefix + "TP", Long.toString(p.tp())});
        rows.add(new String[] {prefix + "FP", Long.toString(p.fp())});
        rows.add(new String[] {prefix + "FN", Long.toString(p.fn())});
        rows.add(new String[] {prefix + "TN", Long.toString(p.tn())});
    }

    private static String exact(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }
}
