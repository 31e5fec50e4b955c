package org.mlpworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Central finite differences in double precision against the analytic gradients of the same
 * {@link Engine} code that trains, for every activation × output/loss × bias (two hidden layers,
 * L2 on, dropout off), at initialisation and after a few SGD steps. A derivative whose two probes
 * fall on different sides of a hidden unit's kink at 0 is skipped (and counted): a difference
 * quotient across a kink measures no derivative.
 */
class GradientCheckTest {

    private static final double STEP = 1e-6;
    private static final double MAX_RELATIVE_ERROR = 1e-5;
    private static final double ABSOLUTE_FLOOR = 1e-8;
    private static final int ROWS = 7;
    private static double worstRelative;
    private static double worstAbsolute;
    private static int skippedAtKinks;
    private static int checked;

    record Head(TaskKind task, OutputActivation output, LossFunction loss, int outputs) {
    }

    static Stream<Arguments> cases() {
        List<Head> heads = List.of(
                new Head(TaskKind.MULTI_LABEL, OutputActivation.SIGMOID, LossFunction.BINARY_CROSS_ENTROPY, 3),
                new Head(TaskKind.MULTI_CLASS, OutputActivation.SOFTMAX, LossFunction.CROSS_ENTROPY, 3),
                new Head(TaskKind.REGRESSION, OutputActivation.IDENTITY, LossFunction.MSE, 2),
                new Head(TaskKind.BINARY, OutputActivation.SIGMOID, LossFunction.MSE, 1),
                new Head(TaskKind.MULTI_CLASS, OutputActivation.SOFTMAX, LossFunction.MSE, 3));
        List<Arguments> cases = new ArrayList<>();
        for (Activation activation : Activation.values()) {
            for (Head head : heads) {
                for (boolean bias : new boolean[] {true, false}) {
                    cases.add(Arguments.of(activation, head, bias));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} bias={2}")
    @MethodSource("cases")
    void analyticGradientsMatchFiniteDifferences(Activation activation, Head head, boolean bias) {
        MlpSpec spec = new MlpSpec(head.task(), 4, List.of(6, 5), head.outputs(), activation, head.output(),
                head.loss(), bias, 0.0, 0.01);
        Random random = new Random(activation.ordinal() * 131L + head.task().ordinal() * 17L + head.loss().ordinal() * 3L + (bias ? 1 : 0));
        float[] x = gaussian(random, ROWS * spec.inputs());
        float[] y = targets(random, head, ROWS);
        Network network = Network.initialize(spec, 7, ROWS);
        check(spec, network, x, y);
        for (int step = 0; step < 5; step++) {
            network.computeGradients(x, y, ROWS);
            for (int t = 0; t < network.parameters().size(); t++) {
                float[] w = network.parameters().get(t);
                float[] g = network.gradients().get(t);
                for (int i = 0; i < w.length; i++) {
                    w[i] -= 0.1f * g[i];
                }
            }
        }
        check(spec, network, x, y);
    }

    private static void check(MlpSpec spec, Network network, float[] x32, float[] y32) {
        List<double[]> parameters = new ArrayList<>();
        for (float[] tensor : network.parameters()) {
            parameters.add(DoubleKernels.INSTANCE.fromFloats(tensor));
        }
        Engine<double[]> engine = new Engine<>(spec, DoubleKernels.INSTANCE, parameters, ROWS, true, null);
        double[] x = DoubleKernels.INSTANCE.fromFloats(x32);
        double[] y = DoubleKernels.INSTANCE.fromFloats(y32);
        engine.forward(x, ROWS, true);
        engine.evaluate(y, ROWS, true);
        engine.backward(x, ROWS);
        List<ParameterLayout.Entry> entries = ParameterLayout.of(spec).entries();
        for (int t = 0; t < parameters.size(); t++) {
            double[] w = parameters.get(t);
            double[] analytic = engine.gradients().get(t).clone();
            for (int i = 0; i < w.length; i++) {
                double original = w[i];
                w[i] = original + STEP;
                double plus = objective(engine, x, y);
                String kinksPlus = kinkSides(spec, engine);
                w[i] = original - STEP;
                double minus = objective(engine, x, y);
                String kinksMinus = kinkSides(spec, engine);
                w[i] = original;
                if (!kinksPlus.equals(kinksMinus)) {
                    skippedAtKinks++;
                    continue;
                }
                checked++;
                double numeric = (plus - minus) / (2 * STEP);
                double absolute = Math.abs(numeric - analytic[i]);
                double relative = absolute / Math.max(Math.abs(numeric), Math.abs(analytic[i]));
                if (Math.max(Math.abs(numeric), Math.abs(analytic[i])) > 1e-4) {
                    worstRelative = Math.max(worstRelative, relative);
                }
                if (absolute > ABSOLUTE_FLOOR) {
                    assertThat(relative).as("%s %s[%d]: analytic %s numeric %s", spec.describe(),
                            entries.get(t).name(), i, analytic[i], numeric).isLessThan(MAX_RELATIVE_ERROR);
                }
                worstAbsolute = Math.max(worstAbsolute, absolute);
            }
        }
    }

    /** Which side of the rectifier kink (z > 0) each hidden pre-activation is on. */
    private static String kinkSides(MlpSpec spec, Engine<double[]> engine) {
        StringBuilder sides = new StringBuilder();
        for (int l = 0; l < spec.layerCount() - 1; l++) {
            double[] z = engine.preActivation(l);
            for (int i = 0; i < ROWS * spec.layerOutputs(l); i++) {
                sides.append(z[i] > 0 ? '+' : '-');
            }
        }
        return sides.toString();
    }

    private static double objective(Engine<double[]> engine, double[] x, double[] y) {
        engine.forward(x, ROWS, false);
        return engine.evaluate(y, ROWS, false) + engine.penalty();
    }

    static float[] gaussian(Random random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static float[] targets(Random random, Head head, int rows) {
        float[] y = new float[rows * head.outputs()];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < head.outputs(); c++) {
                y[r * head.outputs() + c] = switch (head.task()) {
                    case BINARY, MULTI_LABEL -> random.nextBoolean() ? 1f : 0f;
                    case REGRESSION -> (float) random.nextGaussian();
                    case MULTI_CLASS -> 0f;
                };
            }
            if (head.task() == TaskKind.MULTI_CLASS) {
                y[r * head.outputs() + random.nextInt(head.outputs())] = 1f;
            }
        }
        return y;
    }

    @AfterAll
    static void report() {
        System.out.printf("gradient check: %d partial derivatives, max relative error %.3g (where |gradient| > 1e-4),"
                + " max absolute error %.3g, %d skipped because the step crossed a kink%n",
                checked, worstRelative, worstAbsolute, skippedAtKinks);
    }
}
