package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** MCC and F-β against their direct formulas, the cost curve against a loop over the rows, and the best of each. */
class ThresholdObjectivesTest {

    record Rows(float[] p, boolean[] y) {
        static Rows random(int n, long seed) {
            Random random = new Random(seed);
            float[] p = new float[n];
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                p[i] = random.nextBoolean() ? random.nextInt(21) / 20f : random.nextFloat();
                y[i] = random.nextInt(3) == 0;
            }
            return new Rows(p, y);
        }

        /** Expected cost per row at threshold t, one row at a time. */
        double cost(ThresholdCosts c, double t) {
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                boolean predicted = p[i] > t;
                sum += y[i] ? (predicted ? c.truePositive() : c.falseNegative())
                        : (predicted ? c.falsePositive() : c.trueNegative());
            }
            return sum / p.length;
        }
    }

    static double mcc(long tp, long fp, long tn, long fn) {
        double den = Math.sqrt((double) (tp + fp) * (tp + fn) * (tn + fp) * (tn + fn));
        return den == 0 ? 0 : (tp * (double) tn - fp * (double) fn) / den;
    }

    static double fBeta(double beta, long tp, long fp, long fn) {
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double b2 = beta * beta;
        return precision + recall == 0 ? 0 : (1 + b2) * precision * recall / (b2 * precision + recall);
    }

    @Property(tries = 200)
    void mccAndFBetaMatchTheirFormulasAndTheBestReachesTheMaximum(@ForAll @IntRange(min = 1, max = 250) int n,
            @ForAll long seed, @ForAll @DoubleRange(min = 0.1, max = 5) double beta) {
        Rows rows = Rows.random(n, seed);
        ThresholdCurve curve = ThresholdCurve.build(rows.p(), rows.y());
        FBeta f = new FBeta(beta);
        double maxMcc = Double.NEGATIVE_INFINITY;
        double maxF = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < curve.size(); i++) {
            ThresholdPoint p = curve.point(i);
            double m = mcc(p.tp(), p.fp(), p.tn(), p.fn());
            double fb = fBeta(beta, p.tp(), p.fp(), p.fn());
            assertThat(ThresholdMetric.MCC.of(p)).isCloseTo(m, within(1e-12));
            assertThat(f.of(p)).isCloseTo(fb, within(1e-12));
            maxMcc = Math.max(maxMcc, m);
            maxF = Math.max(maxF, fb);
        }
        assertThat(mcc(curve.best(ThresholdMetric.MCC))).isCloseTo(maxMcc, within(1e-12));
        assertThat(f.of(curve.best(f))).isCloseTo(maxF, within(1e-12));
        assertThat(new FBeta(1).of(curve.best(new FBeta(1)))).isCloseTo(curve.best(ThresholdMetric.F1).f1(), within(1e-12));
    }

    private static double mcc(ThresholdPoint p) {
        return mcc(p.tp(), p.fp(), p.tn(), p.fn());
    }

    @Property(tries = 200)
    void theCostCurveIsTheRowLoopAndTheBestIsItsMinimum(@ForAll @IntRange(min = 1, max = 250) int n, @ForAll long seed,
            @ForAll @DoubleRange(min = -5, max = 20) double tp, @ForAll @DoubleRange(min = -5, max = 20) double fp,
            @ForAll @DoubleRange(min = -5, max = 20) double fn, @ForAll @DoubleRange(min = -5, max = 20) double tn) {
        Rows rows = Rows.random(n, seed);
        ThresholdCosts costs = new ThresholdCosts(tp, fp, fn, tn);
        ThresholdCurve curve = ThresholdCurve.build(rows.p(), rows.y());
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < curve.size(); i++) {
            double loop = rows.cost(costs, curve.threshold(i));
            assertThat(costs.expectedCost(curve, i)).isCloseTo(loop, within(1e-9));
            min = Math.min(min, loop);
        }
        ThresholdPoint best = curve.best(costs);
        assertThat(rows.cost(costs, best.threshold())).isCloseTo(min, within(1e-9));
        assertThat(costs.of(best)).isCloseTo(min, within(1e-9));
    }

    @Test
    void errorCostsChooseLikeAccuracyAndAnExpensiveMissLowersTheThreshold() {
        Rows rows = Rows.random(400, 7);
        ThresholdCurve curve = ThresholdCurve.build(rows.p(), rows.y());
        assertThat(curve.best(ThresholdCosts.ERRORS).threshold()).isEqualTo(curve.best(ThresholdMetric.ACCURACY).threshold());
        double cheapMiss = curve.best(new ThresholdCosts(0, 1, 1, 0)).threshold();
        double dearMiss = curve.best(new ThresholdCosts(0, 1, 10, 0)).threshold();
        assertThat(dearMiss).isLessThanOrEqualTo(cheapMiss);
    }

    @Test
    void equalValuesTieExactly() {
        // scores 0.2 (neg), 0.4 (pos), 0.6 (neg), 0.8 (pos): with β = 1, thresholds 0.1 and 0.5 give
        // F = 2·2/(2·2+0+2) = 2/3 and 2·1/(2·1+1+0) = 2/3: a tie, so the wider plateau wins (0.1 → [0, 0.2) is 0.2 wide,
        // [0.4, 0.6) also 0.2 wide: the lower one)
        ThresholdCurve curve = ThresholdCurve.build(new float[] {0.2f, 0.4f, 0.6f, 0.8f},
                new boolean[] {false, true, false, true});
        assertThat(new FBeta(1).compare(2, 2, 1, 0, 2, 2)).isZero();
        assertThat(curve.best(new FBeta(1)).threshold()).isEqualTo(curve.best(ThresholdMetric.F1).threshold());
        assertThat(ThresholdMetric.MCC.compare(2, 0, 1, 0, 2, 2)).isPositive();
        assertThat(ThresholdMetric.MCC.compare(0, 2, 1, 1, 2, 2)).isNegative();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new FBeta(0)).hasMessageContaining("β");
        assertThatThrownBy(() -> new FBeta(Double.NaN)).hasMessageContaining("β");
        assertThatThrownBy(() -> new ThresholdCosts(0, Double.POSITIVE_INFINITY, 1, 0)).hasMessageContaining("finite");
    }
}
