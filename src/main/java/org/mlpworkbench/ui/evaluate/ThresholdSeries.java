package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.metrics.CostCurve;
import org.mlpworkbench.metrics.ThresholdCurve;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.component.ThresholdChart;
import org.mlpworkbench.ui.component.ThresholdChart.Role;

/**
 * The lines of the threshold chart, taken from a {@link ThresholdCurve} at the points
 * {@link ThresholdCurve#sample} keeps for the chart's width: each point's metric holds from its threshold
 * to the next kept one, so with one point per distinct score (any curve of up to a few thousand scores at
 * usual widths) the lines are the exact step functions.
 */
final class ThresholdSeries {

    private ThresholdSeries() {
    }

    /**
     * Accuracy, and the other metrics asked for, at most {@code maxPoints} points each (for a multi-label
     * pooled curve precision, recall and F1 are the micro-averaged ones).
     */
    static List<ThresholdChart.Line> of(ThresholdCurve curve, int maxPoints, boolean precision, boolean recall,
            boolean f1) {
        int[] kept = curve.sample(maxPoints);
        double[] x = new double[kept.length];
        double[][] y = new double[4][kept.length];
        for (int k = 0; k < kept.length; k++) {
            x[k] = Math.max(0, curve.threshold(kept[k]));
            ThresholdPoint p = curve.point(kept[k]);
            y[0][k] = p.accuracy();
            y[1][k] = p.precision();
            y[2][k] = p.recall();
            y[3][k] = p.f1();
        }
        List<ThresholdChart.Line> lines = new ArrayList<>();
        lines.add(new ThresholdChart.Line("accuracy", Role.ACCURACY, x, y[0]));
        if (precision) {
            lines.add(new ThresholdChart.Line("precision", Role.PRECISION, x, y[1]));
        }
        if (recall) {
            lines.add(new ThresholdChart.Line("recall", Role.RECALL, x, y[2]));
        }
        if (f1) {
            lines.add(new ThresholdChart.Line("F1", Role.F1, x, y[3]));
        }
        return lines;
    }

    /**
     * The expected cost per row at most {@code maxPoints} points (its extremes per interval kept), scaled so
     * that the curve's lowest cost is at 0 and its highest at 1 (the chart's right-hand scale shows the values).
     */
    static ThresholdChart.Line cost(CostCurve costs, int maxPoints) {
        int[] kept = costs.sample(maxPoints);
        double[] x = new double[kept.length];
        double[] y = new double[kept.length];
        double span = costs.max() - costs.min();
        for (int k = 0; k < kept.length; k++) {
            x[k] = Math.max(0, costs.curve().threshold(kept[k]));
            y[k] = span > 0 ? (costs.value(kept[k]) - costs.min()) / span : 0.5;
        }
        return new ThresholdChart.Line("expected cost (right scale)", Role.COST, x, y);
    }

    /** The right-hand scale for {@link #cost}: {lowest, highest}, widened around a flat curve. */
    static double[] costScale(CostCurve costs) {
        double span = costs.max() - costs.min();
        return span > 0 ? new double[] {costs.min(), costs.max()} : new double[] {costs.min() - 1, costs.min() + 1};
    }

    /**
     * A second run's lines, dashed and in the same colours as the first's (the metrics {@code shown} asks for),
     * led by two legend entries naming the runs: {@code first} solid, {@code second} dashed.
     */
    static List<ThresholdChart.Line> compared(String first, String second, ThresholdCurve curve, int maxPoints,
            CurveLines shown) {
        List<ThresholdChart.Line> lines = new ArrayList<>();
        double[] none = {};
        lines.add(new ThresholdChart.Line(first, Role.RUN, none, none, false, true));
        lines.add(new ThresholdChart.Line(second, Role.RUN, none, none, true, true));
        for (ThresholdChart.Line line : of(curve, maxPoints, shown.precisionProperty().get(), shown.recallProperty().get(),
                shown.f1Property().get())) {
            lines.add(new ThresholdChart.Line(line.name() + " · " + second, line.role(), line.x(), line.y(), true, false));
        }
        return lines;
    }
}
