package org.mlpworkbench.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-label scores at one threshold per label.
 *
 * @param perLabel the confusion counts of each label at its threshold
 * @param subsetAccuracy fraction of rows whose every label is predicted right (exact match)
 */
public record MultiLabelScores(List<ThresholdPoint> perLabel, double subsetAccuracy) {

    public MultiLabelScores {
        perLabel = List.copyOf(perLabel);
        if (perLabel.isEmpty()) {
            throw new IllegalArgumentException("no labels");
        }
    }

    /**
     * The counts summed over labels; its accuracy is {@code mean((p > t) == target)} over all labels and
     * rows. Its threshold is the labels' common threshold, or NaN when they differ.
     */
    public ThresholdPoint micro() {
        long tp = 0;
        long fp = 0;
        long tn = 0;
        long fn = 0;
        double threshold = perLabel.get(0).threshold();
        for (ThresholdPoint p : perLabel) {
            tp += p.tp();
            fp += p.fp();
            tn += p.tn();
            fn += p.fn();
            if (Double.compare(p.threshold(), threshold) != 0) {
                threshold = Double.NaN;
            }
        }
        return new ThresholdPoint(threshold, tp, fp, tn, fn);
    }

    /** Fraction of (row, label) pairs predicted wrong: {@code 1 − micro().accuracy()}. */
    public double hammingLoss() {
        ThresholdPoint micro = micro();
        return (double) (micro.fp() + micro.fn()) / micro.total();
    }

    /** F1 of the summed counts. */
    public double microF1() {
        return micro().f1();
    }

    /** Unweighted mean of the labels' F1 (a label never positive and never predicted counts as 0). */
    public double macroF1() {
        double sum = 0;
        for (ThresholdPoint p : perLabel) {
            sum += p.f1();
        }
        return sum / perLabel.size();
    }

    /** The summary metrics by name, in a fixed order (the names used by {@link CrossValidation}). */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("hamming_loss", hammingLoss());
        m.put("label_accuracy", 1 - hammingLoss());
        m.put("subset_accuracy", subsetAccuracy);
        m.put("micro_f1", microF1());
        m.put("macro_f1", macroF1());
        return m;
    }
}
