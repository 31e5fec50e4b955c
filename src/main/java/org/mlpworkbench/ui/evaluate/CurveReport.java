package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.MultiLabelMetrics;
import org.mlpworkbench.metrics.PrecisionRecallCurve;
import org.mlpworkbench.metrics.RocCurve;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.CurvePoint;

/**
 * The ROC and precision–recall curves of a binary or multi-label evaluation, computed once: one
 * {@link Choice} per output and, with several labels, one for all labels pooled (every row and label
 * one prediction). Curves are sampled to at most {@link #DRAWN_POINTS} points for drawing; the areas
 * come from the exact curves. Toolkit-free.
 */
public final class CurveReport {

    /** Points drawn per curve; the areas are computed on every point. */
    static final int DRAWN_POINTS = 1500;

    /**
     * One curve to show.
     *
     * @param output the output it belongs to, or -1 for all labels pooled
     */
    public record Choice(String name, int output, ThresholdCurve curve, RocCurve roc, PrecisionRecallCurve pr) {

        /** Share of positives: the precision of a classifier that guesses, the PR curve's baseline. */
        public double positiveRate() {
            return (double) curve.positives() / curve.total();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Choice> choices;

    private CurveReport(List<Choice> choices) {
        this.choices = List.copyOf(choices);
    }

    /**
     * The curves of a binary or multi-label evaluation, reusing its threshold curves (built once, on the
     * worker thread, by {@link Scored#of}).
     */
    public static CurveReport of(Scored scored) {
        if (!scored.hasThresholds()) {
            throw new IllegalArgumentException("ROC and precision–recall curves need a binary or multi-label model, not "
                    + scored.data().task().label());
        }
        List<String> names = scored.data().outputNames();
        List<Choice> out = new ArrayList<>();
        if (scored.binary() != null) {
            out.add(choice(names.get(0), 0, scored.binary()));
        } else {
            MultiLabelMetrics labels = scored.multiLabel();
            for (int j = 0; j < labels.labels(); j++) {
                out.add(choice(names.get(j), j, labels.label(j)));
            }
            out.add(choice("all labels pooled", -1, labels.pooled()));
        }
        return new CurveReport(out);
    }

    /** From probabilities and 0/1 targets of one output (for tests and tools). */
    static CurveReport binary(String name, Matrix probabilities, Matrix targets) {
        return new CurveReport(List.of(choice(name, 0, ThresholdCurve.build(probabilities, targets))));
    }

    private static Choice choice(String name, int output, ThresholdCurve curve) {
        return new Choice(name, output, curve, RocCurve.of(curve), PrecisionRecallCurve.of(curve));
    }

    public List<Choice> choices() {
        return choices;
    }

    /** The ROC curve as (false-positive rate, true-positive rate), sampled for drawing. */
    public static List<CurvePoint> rocPoints(Choice c) {
        List<CurvePoint> out = new ArrayList<>();
        for (int i : c.roc().sample(DRAWN_POINTS)) {
            out.add(new CurvePoint(c.roc().fpr(i), c.roc().tpr(i)));
        }
        return out;
    }

    /** The precision–recall curve as (recall, precision), sampled for drawing. */
    public static List<CurvePoint> prPoints(Choice c) {
        List<CurvePoint> out = new ArrayList<>();
        for (int i : c.pr().sample(DRAWN_POINTS)) {
            out.add(new CurvePoint(c.pr().recall(i), c.pr().precision(i)));
        }
        return out;
    }

    /**
     * Where the model stands on {@code c} at its decision thresholds (one per output): the counts of
     * {@code p > t}. For the pooled curve only when every label has the same threshold; otherwise null.
     */
    public static ThresholdPoint operatingPoint(Choice c, List<Double> thresholds) {
        if (thresholds == null || thresholds.isEmpty()) {
            return null;
        }
        if (c.output() >= 0) {
            return c.output() < thresholds.size() ? c.curve().at(thresholds.get(c.output())) : null;
        }
        double first = thresholds.get(0);
        return thresholds.stream().allMatch(t -> t == first) ? c.curve().at(first) : null;
    }

    /** Every curve's areas and counts as tab-separated text with a header line. */
    public String metricsText() {
        StringBuilder text = new StringBuilder(MetricFormat.row(
                List.of("output", "roc_auc", "average_precision", "positives", "negatives")));
        for (Choice c : choices) {
            text.append(MetricFormat.row(List.of(c.name(), MetricFormat.copied(c.roc().auc()),
                    MetricFormat.copied(c.pr().averagePrecision()), Long.toString(c.curve().positives()),
                    Long.toString(c.curve().negatives()))));
        }
        return text.toString();
    }
}
