package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

class CrossValidationTest {

    @Test
    void meanAndSampleStandardDeviationOfEveryMetric() {
        Map<String, MetricSummary> summary = CrossValidation.summarize(List.of(
                Map.of("accuracy", 0.8, "f1", 0.5),
                Map.of("accuracy", 0.9, "f1", 0.7),
                Map.of("accuracy", 0.7, "f1", 0.6)));
        MetricSummary accuracy = summary.get("accuracy");
        assertThat(accuracy.mean()).isCloseTo(0.8, within(1e-15));
        assertThat(accuracy.std()).isCloseTo(0.1, within(1e-15));
        assertThat(accuracy.min()).isEqualTo(0.7);
        assertThat(accuracy.max()).isEqualTo(0.9);
        assertThat(accuracy.folds()).isEqualTo(3);
        assertThat(summary.get("f1").mean()).isCloseTo(0.6, within(1e-15));
        assertThat(summary.get("f1").std()).isCloseTo(0.1, within(1e-15));
    }

    @Test
    void summarisesTheMetricMapsOfResults() {
        ThresholdCurve a = ThresholdCurve.build(new float[] {0.2f, 0.8f}, new boolean[] {false, true});
        ThresholdCurve b = ThresholdCurve.build(new float[] {0.6f, 0.4f}, new boolean[] {false, true});
        Map<String, MetricSummary> summary = CrossValidation.summarize(List.of(a.at(0.5).metrics(), b.at(0.5).metrics()));
        assertThat(summary.keySet()).containsExactlyElementsOf(a.at(0.5).metrics().keySet());
        assertThat(summary.get("accuracy").mean()).isEqualTo(0.5);
        assertThat(summary.get("accuracy").std()).isCloseTo(Math.sqrt(0.5), within(1e-15));
    }

    @Test
    void refusesMismatchedOrTooFewFolds() {
        assertThatThrownBy(() -> CrossValidation.summarize(List.of(Map.of("accuracy", 0.8))))
                .hasMessage("cross-validation needs at least 2 folds, got 1");
        assertThatThrownBy(() -> CrossValidation.summarize(List.of(Map.of("accuracy", 0.8), Map.of("f1", 0.5))))
                .hasMessage("fold 1 reports metrics [f1] but fold 0 reports [accuracy]");
    }

    @Test
    void outOfFoldCurveAndItsBand() {
        Matrix p1 = Matrix.of(new float[][] {{0.2f}, {0.7f}, {0.4f}});
        Matrix y1 = Matrix.of(new float[][] {{0}, {1}, {1}});
        Matrix p2 = Matrix.of(new float[][] {{0.6f}, {0.3f}});
        Matrix y2 = Matrix.of(new float[][] {{0}, {1}});
        OutOfFoldCurve oof = OutOfFoldCurve.ofPredictions(List.of(p1, p2), List.of(y1, y2));
        ThresholdCurve whole = ThresholdCurve.build(new float[] {0.2f, 0.7f, 0.4f, 0.6f, 0.3f},
                new boolean[] {false, true, true, false, true});
        assertThat(oof.foldCount()).isEqualTo(2);
        assertThat(oof.pooled().size()).isEqualTo(whole.size());
        for (int i = 0; i < whole.size(); i++) {
            assertThat(oof.pooled().point(i)).isEqualTo(whole.point(i));
        }
        // point 3 has threshold 0.4: fold 1 predicts {0,1,0} → 2/3 right; fold 2 predicts {1,0} → 0/2 right
        List<BandPoint> band = oof.band(new int[] {0, 3});
        BandPoint atPoint3 = band.get(1);
        assertThat(atPoint3.threshold()).isEqualTo(0.4f);
        assertThat(atPoint3.pooledAccuracy()).isEqualTo(whole.accuracy(3));
        assertThat(atPoint3.mean()).isCloseTo(1 / 3.0, within(1e-15));
        assertThat(atPoint3.min()).isZero();
        assertThat(atPoint3.max()).isCloseTo(2 / 3.0, within(1e-15));
        assertThat(atPoint3.std()).isCloseTo(Math.sqrt(2) / 3, within(1e-15));
        BandPoint allPositive = band.get(0);
        assertThat(allPositive.min()).isEqualTo(0.5);
        assertThat(allPositive.max()).isCloseTo(2 / 3.0, within(1e-15));
    }

    @Test
    void outOfFoldRefusesBadFolds() {
        ThresholdCurve one = ThresholdCurve.build(new float[] {0.5f}, new boolean[] {true});
        assertThatThrownBy(() -> OutOfFoldCurve.of(List.of(one))).hasMessage("cross-validation needs at least 2 folds, got 1");
        assertThatThrownBy(() -> OutOfFoldCurve.ofPredictions(List.of(Matrix.zeros(1, 1)), List.of()))
                .hasMessage("1 folds of probabilities but 0 folds of targets");
    }
}
