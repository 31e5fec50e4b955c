package org.mlpworkbench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

/** Reference values: the examples of scikit-learn's mean_squared_error, mean_absolute_error and r2_score. */
class RegressionMetricsTest {

    @Test
    void singleOutput() {
        RegressionMetrics m = RegressionMetrics.of(new float[] {2.5f, 0f, 2f, 8f}, new float[] {3f, -0.5f, 2f, 7f});
        assertThat(m.outputs()).isEqualTo(1);
        assertThat(m.mse()).isEqualTo(0.375);
        assertThat(m.rmse()).isEqualTo(Math.sqrt(0.375));
        assertThat(m.mae()).isEqualTo(0.5);
        assertThat(m.r2()).isCloseTo(0.9486081370449679, within(1e-15));
        assertThat(m.residuals(0)).containsExactly(0.5, -0.5, 0.0, -1.0);
        assertThat(m.metrics()).containsOnlyKeys("mse", "rmse", "mae", "r2");
    }

    @Test
    void perOutputAndUniformAverage() {
        Matrix y = Matrix.of(new float[][] {{0.5f, 1f}, {-1f, 1f}, {7f, -6f}});
        Matrix p = Matrix.of(new float[][] {{0f, 2f}, {-1f, 2f}, {8f, -5f}});
        RegressionMetrics m = RegressionMetrics.of(p, y);
        assertThat(m.mse(0)).isCloseTo(0.41666666666666663, within(1e-15));
        assertThat(m.mse(1)).isEqualTo(1.0);
        assertThat(m.mse()).isCloseTo(0.7083333333333334, within(1e-15));
        assertThat(m.mae(0)).isEqualTo(0.5);
        assertThat(m.mae(1)).isEqualTo(1.0);
        assertThat(m.mae()).isEqualTo(0.75);
        assertThat(m.r2(0)).isCloseTo(0.9654377880184332, within(1e-12));
        assertThat(m.r2(1)).isCloseTo(0.9081632653061225, within(1e-12));
        assertThat(m.r2()).isCloseTo(0.9368005266622779, within(1e-12));
        assertThat(m.rmse()).isCloseTo((Math.sqrt(5 / 12.0) + 1) / 2, within(1e-15));
        assertThat(m.metrics()).containsKeys("mse[0]", "r2[1]").hasSize(12);
    }

    @Test
    void constantTargets() {
        assertThat(RegressionMetrics.of(new float[] {0.1f, 0.1f}, new float[] {0.1f, 0.1f}).r2()).isEqualTo(1.0);
        assertThat(RegressionMetrics.of(new float[] {0.1f, 0.3f}, new float[] {0.1f, 0.1f}).r2()).isZero();
        RegressionMetrics single = RegressionMetrics.of(new float[] {2f}, new float[] {3f});
        assertThat(single.mse()).isEqualTo(1.0);
        assertThat(single.r2()).isZero();
    }

    @Test
    void invalidInputIsRefused() {
        assertThatThrownBy(() -> RegressionMetrics.of(new float[] {1f}, new float[] {1f, 2f}))
                .hasMessage("predictions and targets differ in length: 1 predictions vs 2 targets");
        assertThatThrownBy(() -> RegressionMetrics.of(new float[] {1f, Float.NaN}, new float[] {1f, 2f}))
                .hasMessage("prediction at row 1, column 0 is NaN; expected a finite number");
        assertThatThrownBy(() -> RegressionMetrics.of(new float[] {1f}, new float[] {Float.POSITIVE_INFINITY}))
                .hasMessage("target at row 0, column 0 is Infinity; expected a finite number");
    }
}
