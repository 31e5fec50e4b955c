package org.mlpworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outputs, loss and gradients of tiny fixed networks against PyTorch (float64, see
 * {@code golden/make_golden.py}): the double engine to 1e-12, the float engine that trains to
 * float rounding, prediction through {@link Mlp#predict} too.
 */
class GoldenReferenceTest {

    static final double DOUBLE_TOLERANCE = 1e-12;
    static final double FLOAT_TOLERANCE = 2e-5;
    private static double worstDouble;
    private static double worstFloat;

    static List<GoldenCase> cases() {
        return GoldenCase.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void doubleEngineMatchesPyTorch(GoldenCase golden) {
        List<double[]> parameters = new ArrayList<>();
        for (ParameterLayout.Entry entry : ParameterLayout.of(golden.spec()).entries()) {
            parameters.add(GoldenCase.doubles(golden.parameters().get(entry.name())));
        }
        Engine<double[]> engine = new Engine<>(golden.spec(), DoubleKernels.INSTANCE, parameters, golden.rows(), true, null);
        engine.forward(golden.x(), golden.rows(), true);
        double loss = engine.evaluate(golden.y(), golden.rows(), true);
        engine.backward(golden.x(), golden.rows());
        worstDouble = Math.max(worstDouble, compare("loss", new double[] {loss}, new double[] {golden.loss()}, DOUBLE_TOLERANCE));
        worstDouble = Math.max(worstDouble, compare("probabilities", engine.outputs(), golden.probabilities(), DOUBLE_TOLERANCE));
        List<ParameterLayout.Entry> entries = ParameterLayout.of(golden.spec()).entries();
        for (int t = 0; t < entries.size(); t++) {
            double[] expected = GoldenCase.doubles(golden.gradients().get(entries.get(t).name()));
            worstDouble = Math.max(worstDouble, compare(entries.get(t).name(), engine.gradients().get(t), expected, DOUBLE_TOLERANCE));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void floatEngineMatchesPyTorch(GoldenCase golden) {
        Network network = Network.from(golden.model(), 1, golden.rows());
        float[] x = GoldenCase.floats(golden.x());
        double loss = network.computeGradients(x, GoldenCase.floats(golden.y()), golden.rows());
        worstFloat = Math.max(worstFloat, compare("loss", new double[] {loss}, new double[] {golden.loss()}, FLOAT_TOLERANCE));
        worstFloat = Math.max(worstFloat, compare("probabilities", network.outputs(), golden.probabilities(), FLOAT_TOLERANCE));
        List<ParameterLayout.Entry> entries = network.layout().entries();
        for (int t = 0; t < entries.size(); t++) {
            double[] expected = GoldenCase.doubles(golden.gradients().get(entries.get(t).name()));
            worstFloat = Math.max(worstFloat, compare(entries.get(t).name(), widen(network.gradients().get(t)), expected, FLOAT_TOLERANCE));
        }
        float[] predicted = golden.model().predict(new org.mlpworkbench.data.Matrix(golden.rows(), golden.spec().inputs(), x)).data();
        worstFloat = Math.max(worstFloat, compare("predict", widen(predicted), golden.probabilities(), FLOAT_TOLERANCE));
    }

    /** Asserts |actual - expected| <= tolerance · max(1, |expected|) element-wise; returns the worst scaled error. */
    static double compare(String what, double[] actual, double[] expected, double tolerance) {
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double scaled = Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i]));
            worst = Math.max(worst, scaled);
            assertThat(scaled).as("%s[%d]: %s vs PyTorch %s", what, i, actual[i], expected[i]).isLessThanOrEqualTo(tolerance);
        }
        return worst;
    }

    static double[] widen(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    @AfterAll
    static void report() {
        System.out.printf("golden vs PyTorch: double engine worst error %.3g (bound %.0e), float engine %.3g (bound %.0e)%n",
                worstDouble, DOUBLE_TOLERANCE, worstFloat, FLOAT_TOLERANCE);
    }
}
