package org.mlpworkbench.ui.evaluate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.bundle.Evaluation;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.PrecisionRecallCurve;
import org.mlpworkbench.metrics.RegressionMetrics;
import org.mlpworkbench.metrics.RocCurve;
import org.mlpworkbench.metrics.ThresholdCurve;

/**
 * An {@link EvaluationData} with everything that is computed once per evaluation, on the worker thread:
 * the threshold curve (binary) or the per-label and pooled curves (multi-label), the calibration of a
 * classification model, and the metrics that do
 * not depend on a threshold (ROC AUC and average precision; for multi-class and regression models the
 * task's metrics).
 *
 * @param binary     the threshold curve of a binary model, else null
 * @param multiLabel the curves of a multi-label model, else null
 * @param confusion  the confusion matrix and per-class scores of a multi-class model, else null
 * @param regression the errors and residuals of a regression model, else null
 * @param summary    threshold-free metrics by name, in display order
 * @param calibration the reliability diagrams, Brier score and ECE of a classification model, else null
 */
public record Scored(EvaluationData data, ThresholdCurve binary, MultiLabelMetrics multiLabel, ConfusionReport confusion,
                     RegressionReport regression, Map<String, Double> summary, CalibrationReport calibration) {

    public Scored {
        summary = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    /** Builds the curves and summary metrics of {@code data} (O(n) radix-sorted curves; no thresholds involved). */
    public static Scored of(EvaluationData data) {
        Map<String, Double> summary = new LinkedHashMap<>();
        return switch (data.task()) {
            case BINARY -> {
                ThresholdCurve curve = ThresholdCurve.build(data.outputs(), data.targets());
                summary.put("roc_auc", RocCurve.of(curve).auc());
                summary.put("average_precision", PrecisionRecallCurve.of(curve).averagePrecision());
                yield new Scored(data, curve, null, null, null, summary, CalibrationReport.of(data));
            }
            case MULTI_LABEL -> {
                MultiLabelMetrics metrics = MultiLabelMetrics.of(data.outputs(), data.targets());
                summary.put("pooled_roc_auc", RocCurve.of(metrics.pooled()).auc());
                yield new Scored(data, null, metrics, null, null, summary, CalibrationReport.of(data));
            }
            case MULTI_CLASS -> {
                summary.putAll(Evaluation.metrics(data.recipe(), data.outputs(), data.targets(), List.of()));
                yield new Scored(data, null, null, ConfusionReport.of(data), null, summary, CalibrationReport.of(data));
            }
            case REGRESSION -> {
                // EvaluationData holds regression targets in the target's units already
                Map<String, Double> all = RegressionMetrics.of(data.outputs(), data.targets()).metrics();
                for (String name : List.of("mse", "rmse", "mae", "r2")) {
                    summary.put(name, all.get(name));
                }
                yield new Scored(data, null, null, null, RegressionReport.of(data), summary, null);
            }
        };
    }

    /** True for binary and multi-label models, whose threshold the explorer chooses. */
    public boolean hasThresholds() {
        return binary != null || multiLabel != null;
    }
}
