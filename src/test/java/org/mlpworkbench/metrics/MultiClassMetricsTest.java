package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

class MultiClassMetricsTest {

    private static final Matrix P = Matrix.of(new float[][] {
            {0.7f, 0.2f, 0.1f}, {0.1f, 0.6f, 0.3f}, {0.2f, 0.3f, 0.5f}, {0.4f, 0.4f, 0.2f}, {0.3f, 0.3f, 0.4f}});
    private static final Matrix Y = Matrix.of(new float[][] {{1, 0, 0}, {0, 0, 1}, {0, 0, 1}, {0, 1, 0}, {0, 1, 0}});

    @Test
    void handComputedScores() {
        MultiClassMetrics m = MultiClassMetrics.of(P, Y);
        assertThat(m.classes()).isEqualTo(3);
        // row 3 ties classes 0 and 1: the lower index, 0, is predicted
        assertThat(m.confusionMatrix()).isEqualTo(new long[][] {{1, 0, 0}, {1, 0, 1}, {0, 1, 1}});
        assertThat(m.accuracy()).isEqualTo(0.4);
        assertThat(m.perClass()).containsExactly(
                new ClassScores(0, 0.5, 1.0, 2 / 3.0, 1),
                new ClassScores(1, 0.0, 0.0, 0.0, 2),
                new ClassScores(2, 0.5, 0.5, 0.5, 2));
        assertThat(m.macroF1()).isCloseTo(7 / 18.0, within(1e-15));
        assertThat(m.weightedF1()).isCloseTo(1 / 3.0, within(1e-15));
        assertThat(m.topKAccuracy(1)).isEqualTo(m.accuracy());
        assertThat(m.topKAccuracy(2)).isEqualTo(0.8);
        assertThat(m.topKAccuracy(3)).isEqualTo(1.0);
        double expectedLogLoss = -(Math.log(0.7) + Math.log(0.3) + Math.log(0.5) + Math.log(0.4) + Math.log(0.3)) / 5;
        assertThat(m.logLoss()).isCloseTo(expectedLogLoss, within(1e-6));
        assertThat(m.metrics()).containsOnlyKeys("accuracy", "macro_f1", "weighted_f1", "log_loss");
    }

    @Test
    void logLossNormalisesRowsAndClipsZeros() {
        MultiClassMetrics unnormalised = MultiClassMetrics.of(new float[] {0.2f, 0.6f}, 2, new int[] {1});
        assertThat(unnormalised.logLoss()).isCloseTo(-Math.log(0.75), within(1e-7));
        MultiClassMetrics certainAndWrong = MultiClassMetrics.of(new float[] {1f, 0f}, 2, new int[] {1});
        assertThat(certainAndWrong.logLoss()).isCloseTo(-Math.log(1e-15), within(1e-9));
        MultiClassMetrics certainAndRight = MultiClassMetrics.of(new float[] {1f, 0f}, 2, new int[] {0});
        assertThat(certainAndRight.logLoss()).isCloseTo(0, within(1e-14));
    }

    @Test
    void singleRowAndLabelArrays() {
        MultiClassMetrics m = MultiClassMetrics.of(new float[] {0.1f, 0.2f, 0.7f}, 3, new int[] {2});
        assertThat(m.rows()).isEqualTo(1);
        assertThat(m.accuracy()).isEqualTo(1.0);
        assertThat(m.macroF1()).isCloseTo(1 / 3.0, within(1e-15));
        assertThat(m.weightedF1()).isEqualTo(1.0);
    }

    @Test
    void invalidInputIsRefused() {
        assertThatThrownBy(() -> MultiClassMetrics.of(P, Matrix.of(new float[][] {{1, 0, 0}, {0, 1, 1}, {0, 0, 1}, {0, 1, 0}, {0, 1, 0}})))
                .hasMessage("target row 1 has a 1 in columns 1 and 2; expected exactly one (one-hot)");
        assertThatThrownBy(() -> MultiClassMetrics.of(P, Matrix.zeros(5, 3)))
                .hasMessage("target row 0 has no 1; expected exactly one (one-hot)");
        assertThatThrownBy(() -> MultiClassMetrics.of(new float[] {0.5f, 0.5f}, 2, new int[] {2}))
                .hasMessage("label at row 0 is 2; expected a class in 0..1");
        assertThatThrownBy(() -> MultiClassMetrics.of(new float[] {0.5f, 0.5f, 0.5f}, 2, new int[] {0}))
                .hasMessage("3 probabilities do not form 1 rows of 2 classes");
        assertThatThrownBy(() -> MultiClassMetrics.of(new float[] {0.5f, Float.NaN}, 2, new int[] {0}))
                .hasMessage("probability at row 0, column 1 is NaN; expected a value in [0, 1]");
        assertThatThrownBy(() -> MultiClassMetrics.of(new float[] {1f}, 1, new int[] {0}))
                .hasMessageContaining("at least 2 classes");
        assertThatThrownBy(() -> MultiClassMetrics.of(P, Y).topKAccuracy(4)).hasMessage("top-k needs k in 1..3, got 4");
    }
}
