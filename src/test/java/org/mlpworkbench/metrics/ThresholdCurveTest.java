package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

class ThresholdCurveTest {

    /** scikit-learn's documentation example: y = [0, 0, 1, 1], scores = [0.1, 0.4, 0.35, 0.8]. */
    static ThresholdCurve sklearnExample() {
        return ThresholdCurve.build(new float[] {0.1f, 0.4f, 0.35f, 0.8f}, new boolean[] {false, false, true, true});
    }

    @Test
    void onePointPerDistinctScorePlusBelowAll() {
        ThresholdCurve curve = sklearnExample();
        assertThat(curve.size()).isEqualTo(5);
        assertThat(curve.thresholds()).containsExactly(Double.NEGATIVE_INFINITY, 0.1f, 0.35f, 0.4f, 0.8f);
        long[] tp = new long[5];
        long[] fp = new long[5];
        double[] accuracy = new double[5];
        for (int i = 0; i < 5; i++) {
            tp[i] = curve.tp(i);
            fp[i] = curve.fp(i);
            accuracy[i] = curve.accuracy(i);
            assertThat(curve.tn(i) + curve.fp(i)).isEqualTo(2);
            assertThat(curve.tp(i) + curve.fn(i)).isEqualTo(2);
        }
        assertThat(tp).containsExactly(2, 2, 1, 1, 0);
        assertThat(fp).containsExactly(2, 1, 1, 0, 0);
        assertThat(accuracy).containsExactly(0.5, 0.75, 0.5, 0.75, 0.5);
        assertThat(curve.point(3)).isEqualTo(new ThresholdPoint(0.4f, 1, 0, 2, 1));
    }

    @Test
    void aScoreEqualToTheThresholdIsNegative() {
        float[] scores = {0.5f, 0.5f, 0.5f, 0.2f};
        boolean[] targets = {true, false, true, false};
        ThresholdCurve curve = ThresholdCurve.build(scores, targets);
        assertThat(curve.size()).isEqualTo(3);
        ThresholdPoint atTie = curve.at(0.5f);
        assertThat(atTie).isEqualTo(new ThresholdPoint(0.5f, 0, 0, 2, 2));
        ThresholdPoint justBelow = curve.at(Math.nextDown((double) 0.5f));
        assertThat(justBelow).isEqualTo(new ThresholdPoint(Math.nextDown((double) 0.5f), 2, 1, 1, 0));
        for (double t : new double[] {0.2f, 0.5f, Math.nextDown((double) 0.5f), 0.0, 1.0}) {
            long correct = 0;
            for (int i = 0; i < scores.length; i++) {
                correct += (scores[i] > t) == targets[i] ? 1 : 0;
            }
            assertThat(curve.accuracyAt(t)).isEqualTo(correct / 4.0);
        }
    }

    @Test
    void queriesBetweenAndBeyondTheScores() {
        ThresholdCurve curve = sklearnExample();
        assertThat(curve.indexAt(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(curve.indexAt(0.0)).isZero();
        assertThat(curve.indexAt(0.1f)).isEqualTo(1);
        assertThat(curve.indexAt(0.37)).isEqualTo(2);
        assertThat(curve.indexAt(0.8f)).isEqualTo(4);
        assertThat(curve.indexAt(Double.POSITIVE_INFINITY)).isEqualTo(4);
        assertThat(curve.at(0.37)).isEqualTo(new ThresholdPoint(0.37, 1, 1, 1, 1));
        assertThat(curve.accuracyAt(0.5)).isEqualTo(0.75);
    }

    @Test
    void allPositiveTargets() {
        ThresholdCurve curve = ThresholdCurve.build(new float[] {0.2f, 0.6f, 0.6f}, new boolean[] {true, true, true});
        assertThat(curve.negatives()).isZero();
        assertThat(curve.allNegativeAccuracy()).isZero();
        assertThat(curve.allPositiveAccuracy()).isEqualTo(1.0);
        assertThat(curve.constantBaseline()).isEqualTo(1.0);
        assertThat(curve.at(0.3).fpr()).isZero();
        assertThat(curve.at(0.3).specificity()).isZero();
        assertThat(curve.at(0.3).recall()).isCloseTo(2 / 3.0, within(1e-15));
        ThresholdPoint best = curve.best(ThresholdMetric.ACCURACY);
        assertThat(best.threshold()).isCloseTo(0.1, within(1e-8));
        assertThat(best.tp()).isEqualTo(3);
    }

    @Test
    void allNegativeTargets() {
        ThresholdCurve curve = ThresholdCurve.build(new float[] {0.2f, 0.6f}, new boolean[] {false, false});
        assertThat(curve.positives()).isZero();
        assertThat(curve.constantBaseline()).isEqualTo(1.0);
        assertThat(curve.at(0.3).recall()).isZero();
        assertThat(curve.at(0.3).precision()).isZero();
        ThresholdPoint best = curve.best(ThresholdMetric.ACCURACY);
        assertThat(best.threshold()).isEqualTo((0.6f + 1.0) / 2);
        assertThat(best.tn()).isEqualTo(2);
        // with no positives F1 is 0 at every threshold: the plateau is all of [0, 1]
        assertThat(curve.best(ThresholdMetric.F1).threshold()).isEqualTo(0.5);
    }

    @Test
    void singleRow() {
        ThresholdCurve curve = ThresholdCurve.build(new float[] {0.7f}, new boolean[] {true});
        assertThat(curve.size()).isEqualTo(2);
        assertThat(curve.point(0)).isEqualTo(new ThresholdPoint(Double.NEGATIVE_INFINITY, 1, 0, 0, 0));
        assertThat(curve.point(1)).isEqualTo(new ThresholdPoint(0.7f, 0, 0, 0, 1));
        assertThat(curve.at(0.7f).fn()).isEqualTo(1);
        assertThat(curve.best(ThresholdMetric.ACCURACY).threshold()).isCloseTo(0.35, within(1e-7));
    }

    @Test
    void bestThresholdIsTheMiddleOfThePlateau() {
        ThresholdCurve separated = ThresholdCurve.build(new float[] {0.2f, 0.3f, 0.7f, 0.8f},
                new boolean[] {false, false, true, true});
        for (ThresholdMetric metric : ThresholdMetric.values()) {
            ThresholdPoint best = separated.best(metric);
            assertThat(best.threshold()).as(metric.name()).isCloseTo(0.5, within(1e-9));
            assertThat(metric.of(best)).isEqualTo(1.0);
        }
        // points 1 and 2 (thresholds 0.1 and 0.5) both reach 3/4 with different counts: one plateau [0.1, 0.9)
        ThresholdCurve twoPointPlateau = ThresholdCurve.build(new float[] {0.1f, 0.5f, 0.5f, 0.9f},
                new boolean[] {false, true, false, true});
        assertThat(twoPointPlateau.accuracy(1)).isEqualTo(twoPointPlateau.accuracy(2));
        ThresholdPoint best = twoPointPlateau.best(ThresholdMetric.ACCURACY);
        assertThat(best.threshold()).isEqualTo(((double) 0.1f + 0.9f) / 2);
        assertThat(best.accuracy()).isEqualTo(0.75);
    }

    @Test
    void bestThresholdPrefersTheWidestPlateauThenTheLowest() {
        ThresholdCurve narrowThenWide = ThresholdCurve.build(new float[] {0.1f, 0.15f, 0.3f, 0.8f},
                new boolean[] {false, true, false, true});
        assertThat(narrowThenWide.best(ThresholdMetric.ACCURACY).threshold()).isCloseTo(0.55, within(1e-7));
        ThresholdCurve equalWidths = ThresholdCurve.build(new float[] {0.2f, 0.4f, 0.6f, 0.8f},
                new boolean[] {false, true, false, true});
        assertThat(equalWidths.best(ThresholdMetric.ACCURACY).threshold()).isCloseTo(0.3, within(1e-7));
    }

    @Test
    void bestThresholdOutsideTheProbabilityRange() {
        ThresholdCurve zeroScore = ThresholdCurve.build(new float[] {0f}, new boolean[] {true});
        ThresholdPoint allPositive = zeroScore.best(ThresholdMetric.ACCURACY);
        assertThat(allPositive.threshold()).isNegative();
        assertThat(allPositive.tp()).isEqualTo(1);
        ThresholdCurve oneScore = ThresholdCurve.build(new float[] {1f}, new boolean[] {false});
        ThresholdPoint allNegative = oneScore.best(ThresholdMetric.ACCURACY);
        assertThat(allNegative.threshold()).isEqualTo(1.0);
        assertThat(allNegative.tn()).isEqualTo(1);
    }

    @Test
    void bestByF1AndYouden() {
        // scores 0.1(−) 0.4(+) 0.5(−) 0.6(+) 0.9(+): F1 best predicting {0.4, 0.5, 0.6, 0.9} positive (6/7)
        ThresholdCurve curve = ThresholdCurve.build(new float[] {0.1f, 0.4f, 0.5f, 0.6f, 0.9f},
                new boolean[] {false, true, false, true, true});
        ThresholdPoint f1 = curve.best(ThresholdMetric.F1);
        assertThat(f1.f1()).isCloseTo(6 / 7.0, within(1e-15));
        assertThat(f1.threshold()).isCloseTo(0.25, within(1e-7));
        // Youden: J(0.1) = 1 − 1/2 = 0.5, J(0.5) = 2/3 − 0 = 0.667 → plateau [0.5, 0.6)
        ThresholdPoint youden = curve.best(ThresholdMetric.YOUDEN_J);
        assertThat(youden.youdenJ()).isCloseTo(2 / 3.0, within(1e-15));
        assertThat(youden.threshold()).isCloseTo(0.55, within(1e-7));
        assertThat(curve.best(ThresholdMetric.BALANCED_ACCURACY).threshold()).isEqualTo(youden.threshold());
    }

    @Test
    void pooledMultiLabelAccuracyIsTheMeanOverAllCells() {
        Matrix p = Matrix.of(new float[][] {{0.9f, 0.2f, 0.6f}, {0.4f, 0.7f, 0.1f}});
        Matrix y = Matrix.of(new float[][] {{1, 0, 0}, {1, 1, 0}});
        ThresholdCurve curve = ThresholdCurve.build(p, y);
        assertThat(curve.total()).isEqualTo(6);
        assertThat(curve.positives()).isEqualTo(3);
        // at 0.5: predicted {1,0,1},{0,1,0}: correct 1,1,0,0,1,1
        assertThat(curve.accuracyAt(0.5)).isCloseTo(4 / 6.0, within(1e-15));
        assertThat(curve.at(0.5)).isEqualTo(new ThresholdPoint(0.5, 2, 1, 2, 1));
        assertThat(curve.allNegativeAccuracy()).isEqualTo(0.5);
    }

    @Test
    void negativeZeroIsZero() {
        ThresholdCurve curve = ThresholdCurve.build(new float[] {-0.0f, 0.0f}, new boolean[] {true, false});
        assertThat(curve.size()).isEqualTo(2);
        assertThat(curve.threshold(1)).isEqualTo(0.0);
    }

    @Test
    void mergingEqualsBuildingFromTheConcatenation() {
        ThresholdCurve a = ThresholdCurve.build(new float[] {0.1f, 0.5f, 0.5f}, new boolean[] {false, true, false});
        ThresholdCurve b = ThresholdCurve.build(new float[] {0.5f, 0.9f}, new boolean[] {true, true});
        ThresholdCurve merged = ThresholdCurve.merge(List.of(a, b));
        ThresholdCurve whole = ThresholdCurve.build(new float[] {0.1f, 0.5f, 0.5f, 0.5f, 0.9f},
                new boolean[] {false, true, false, true, true});
        assertThat(merged.size()).isEqualTo(whole.size());
        for (int i = 0; i < whole.size(); i++) {
            assertThat(merged.point(i)).isEqualTo(whole.point(i));
        }
    }

    @Test
    void sampleKeepsEveryPointOfASmallCurve() {
        assertThat(sklearnExample().sample(100)).containsExactly(0, 1, 2, 3, 4);
        assertThatThrownBy(() -> sklearnExample().sample(3)).hasMessageContaining("at least 6");
    }

    @Test
    void invalidInputIsRefusedWithAPreciseMessage() {
        assertThatThrownBy(() -> ThresholdCurve.build(new float[] {0.1f, 0.2f}, new boolean[] {true}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("predictions and targets differ in length: 2 predictions vs 1 targets");
        assertThatThrownBy(() -> ThresholdCurve.build(new float[] {0.1f, 0.2f, 1.5f}, new boolean[3]))
                .hasMessage("probability at index 2 is 1.5; expected a value in [0, 1]");
        assertThatThrownBy(() -> ThresholdCurve.build(new float[] {Float.NaN}, new boolean[1]))
                .hasMessage("probability at index 0 is NaN; expected a value in [0, 1]");
        assertThatThrownBy(() -> ThresholdCurve.build(new float[] {-0.25f}, new boolean[1]))
                .hasMessageContaining("is -0.25");
        assertThatThrownBy(() -> ThresholdCurve.build(new float[0], new boolean[0]))
                .hasMessageContaining("no predictions");
        Matrix p = Matrix.of(new float[][] {{0.1f, 0.2f}, {0.3f, 0.4f}});
        assertThatThrownBy(() -> ThresholdCurve.build(p, Matrix.of(new float[][] {{0, 1}, {0.5f, 1}})))
                .hasMessage("target at row 1, column 0 is 0.5; expected 0 or 1");
        assertThatThrownBy(() -> ThresholdCurve.build(p, Matrix.zeros(2, 3)))
                .hasMessage("predictions are 2 x 2 but targets are 2 x 3");
        assertThatThrownBy(() -> sklearnExample().at(Double.NaN)).hasMessage("threshold is NaN");
    }
}
