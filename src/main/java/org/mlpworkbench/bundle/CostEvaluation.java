package org.mlpworkbench.bundle;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.WorkerThread;
import org.mlpworkbench.metrics.CostCurve;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.ThresholdCosts;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.prep.Prepared;

/**
 * An {@link Evaluation} with what the predictions cost: for each output (binary: one; multi-label: each
 * label, every label with the same costs) the expected cost per row at its threshold and the cost-optimal
 * threshold with its expected cost ({@link CostCurve}); and overall, the expected cost per prediction (for
 * multi-label the mean over the labels, which all count the same rows).
 *
 * @param outputs one per output, in the model's output order
 */
public record CostEvaluation(Evaluation evaluation, ThresholdCosts costs, List<OutputCost> outputs) {

    /**
     * One output's costs.
     *
     * @param expectedCost     the expected cost per row at {@code threshold}
     * @param bestThreshold    the threshold of the lowest expected cost (the middle of the widest such range)
     * @param bestExpectedCost the expected cost per row there
     */
    public record OutputCost(String name, double threshold, double expectedCost, double bestThreshold,
                             double bestExpectedCost) {
    }

    public CostEvaluation {
        outputs = List.copyOf(outputs);
    }

    /** The expected cost per prediction at the thresholds: the mean of the outputs' (all count the same rows). */
    public double expectedCost() {
        return outputs.stream().mapToDouble(OutputCost::expectedCost).average().orElse(Double.NaN);
    }

    /**
     * Evaluates {@code bundle} (binary or multi-label) on {@code loaded} as {@link Evaluation#of} does, and
     * costs its predictions.
     *
     * @param thresholds one per output, or {@code null} for the bundle's own
     */
    public static CostEvaluation of(ModelBundle bundle, LoadedTable loaded, List<Double> thresholds, ThresholdCosts costs)
            throws CsvException {
        WorkerThread.require("costing an evaluation");
        if (!ModelBundle.usesThresholds(bundle.task())) {
            throw new IllegalArgumentException("costs apply to binary and multi-label models; this model is "
                    + bundle.task().label());
        }
        Prepared prepared = Evaluation.labelled(bundle, loaded);
        List<Double> chosen = bundle.thresholdsOr(thresholds);
        Matrix outputs = bundle.predictFeatures(prepared.features());
        Evaluation evaluation = Evaluation.of(bundle, prepared, outputs, chosen);
        List<ThresholdCurve> curves = new ArrayList<>();
        if (bundle.recipe().task() == Task.BINARY) {
            curves.add(ThresholdCurve.build(outputs, prepared.targets()));
        } else {
            MultiLabelMetrics labels = MultiLabelMetrics.of(outputs, prepared.targets());
            for (int j = 0; j < labels.labels(); j++) {
                curves.add(labels.label(j));
            }
        }
        List<String> names = bundle.recipe().outputNames();
        List<OutputCost> out = new ArrayList<>();
        for (int j = 0; j < curves.size(); j++) {
            CostCurve curve = CostCurve.of(curves.get(j), costs);
            out.add(new OutputCost(names.get(j), chosen.get(j), curve.at(chosen.get(j)), curve.best().threshold(),
                    costs.of(curve.best())));
        }
        return new CostEvaluation(evaluation, costs, out);
    }
}
