package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The cost curve against a loop over the rows at every distinct score, its best against brute force. */
class CostCurveTest {

    @Property(tries = 200)
    void everyPointIsTheRowLoopsCostAndTheBestIsTheBruteForceMinimum(@ForAll @IntRange(min = 1, max = 300) int n,
            @ForAll long seed, @ForAll @DoubleRange(min = -3, max = 3) double tp, @ForAll @DoubleRange(min = 0, max = 4) double fp,
            @ForAll @DoubleRange(min = 0, max = 9) double fn, @ForAll @DoubleRange(min = -2, max = 2) double tn) {
        ThresholdObjectivesTest.Rows rows = ThresholdObjectivesTest.Rows.random(n, seed);
        ThresholdCosts costs = new ThresholdCosts(tp, fp, fn, tn);
        CostCurve curve = CostCurve.of(ThresholdCurve.build(rows.p(), rows.y()), costs);
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        double[] thresholds = new double[n + 1];
        thresholds[0] = -1;
        for (int i = 0; i < n; i++) {
            thresholds[i + 1] = rows.p()[i];
        }
        for (double t : thresholds) {
            double byLoop = rows.cost(costs, t);
            assertThat(curve.at(t)).isCloseTo(byLoop, within(1e-9));
            lowest = Math.min(lowest, byLoop);
            highest = Math.max(highest, byLoop);
        }
        assertThat(curve.min()).isCloseTo(lowest, within(1e-9));
        assertThat(curve.max()).isCloseTo(highest, within(1e-9));
        double best = curve.best().threshold();
        assertThat(rows.cost(costs, best)).isCloseTo(lowest, within(1e-9));
        assertThat(costs.of(curve.best())).isCloseTo(lowest, within(1e-9));
    }

    @Test
    void atSeveralThresholdsTheCostIsTheLoopsAndTheSampleKeepsTheExtremes() {
        ThresholdObjectivesTest.Rows rows = ThresholdObjectivesTest.Rows.random(20_000, 11);
        ThresholdCosts costs = new ThresholdCosts(-1, 2, 7, 0.25);
        CostCurve curve = CostCurve.of(ThresholdCurve.build(rows.p(), rows.y()), costs);
        for (double t : new double[] {0, 0.05, 0.3, 0.5, 0.5000001, 0.75, 0.95, 1}) {
            assertThat(curve.at(t)).as("t = %s", t).isCloseTo(rows.cost(costs, t), within(1e-12));
        }
        int[] kept = curve.sample(200);
        assertThat(kept.length).isLessThanOrEqualTo(200);
        double[] values = Arrays.stream(kept).mapToDouble(curve::value).toArray();
        assertThat(Arrays.stream(values).min().orElseThrow()).isEqualTo(curve.min());
        assertThat(Arrays.stream(values).max().orElseThrow()).isEqualTo(curve.max());
    }

    @Test
    void withTheErrorCostsTheCurveIsOneMinusAccuracy() {
        ThresholdObjectivesTest.Rows rows = ThresholdObjectivesTest.Rows.random(500, 5);
        ThresholdCurve thresholds = ThresholdCurve.build(rows.p(), rows.y());
        CostCurve curve = CostCurve.of(thresholds, ThresholdCosts.ERRORS);
        for (int i = 0; i < curve.size(); i++) {
            assertThat(curve.value(i)).isCloseTo(1 - thresholds.accuracy(i), within(1e-12));
        }
        assertThat(curve.best().tp() + curve.best().tn())
                .isEqualTo(thresholds.best(ThresholdMetric.ACCURACY).tp() + thresholds.best(ThresholdMetric.ACCURACY).tn());
    }
}
