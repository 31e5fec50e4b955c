package org.mlpworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The float engine's tanh and GELU (computed from {@code Math.exp}) against the exact forms the double engine
 * uses ({@code Math.tanh}, the converging erf): within a float's precision everywhere, exact at the ends.
 */
class FloatActivationTest {

    private static final double FLOAT_PRECISION = 2e-7;

    @Test
    void tanhAndGeluAndTheirDerivativesAgreeWithTheExactFormsToAFloatsPrecision() {
        double worst = 0;
        for (Activation a : new Activation[] {Activation.TANH, Activation.GELU}) {
            for (int i = -400_000; i <= 400_000; i++) {
                double z = i * 1e-4 * (1 + (i & 7) * 1e-3); // -40..40, not only round numbers
                double value = Math.abs(a.applyToFloat(z) - a.apply(z));
                double slope = Math.abs(a.derivativeToFloat(z) - a.derivative(z));
                worst = Math.max(worst, Math.max(value / Math.max(1, Math.abs(z)), slope));
            }
        }
        assertThat(worst).as("largest error, scaled by max(1, |z|) for values").isLessThan(FLOAT_PRECISION);
    }

    @Test
    void theEndsAndNonFiniteInputsBehaveAsTheExactForms() {
        assertThat(Activation.TANH.applyToFloat(1e6)).isEqualTo(1.0);
        assertThat(Activation.TANH.applyToFloat(-1e6)).isEqualTo(-1.0);
        assertThat(Activation.TANH.applyToFloat(Double.NaN)).isNaN();
        assertThat(Activation.GELU.applyToFloat(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Activation.GELU.applyToFloat(-50)).isCloseTo(0.0, within(1e-300));
        assertThat(Activation.GELU.applyToFloat(Double.NaN)).isNaN();
        assertThat(Activation.TANH.applyToFloat(1e-9)).isCloseTo(Math.tanh(1e-9), within(1e-16));
        assertThat(Activation.RELU.applyToFloat(-2.5)).isEqualTo(Activation.RELU.apply(-2.5));
        assertThat(Activation.ELU.derivativeToFloat(-0.5)).isEqualTo(Activation.ELU.derivative(-0.5));
    }
}
