package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Runs written graphs in ONNX Runtime and compares them with a double-precision forward pass. */
class OnnxWriterTest {
    private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

    @ParameterizedTest
    @EnumSource(DenseLayer.Activation.class)
    void everyHiddenActivationMatchesItsDefinition(DenseLayer.Activation hidden) throws OrtException {
        Random random = new Random(hidden.ordinal());
        List<DenseLayer> layers = List.of(
                layer("layers.0", 5, 4, true, hidden, random),
                layer("layers.1", 6, 5, true, hidden, random),
                layer("layers.2", 3, 6, true, DenseLayer.Activation.SOFTMAX, random));
        checkAgainstReference(layers, 4, random);
    }

    @Test
    void layersWithoutBiasAndIdentityOutputWork() throws OrtException {
        Random random = new Random(42);
        List<DenseLayer> layers = List.of(
                layer("layers.0", 7, 3, false, DenseLayer.Activation.TANH, random),
                layer("layers.1", 2, 7, false, DenseLayer.Activation.IDENTITY, random));
        checkAgainstReference(layers, 3, random);
    }

    @Test
    void aSingleSigmoidLayerIsLogisticRegressionAndStoresMetadata() throws OrtException {
        Random random = new Random(1);
        List<DenseLayer> layers = List.of(layer("layers.0", 1, 10, true, DenseLayer.Activation.SIGMOID, random));
        byte[] model = OnnxWriter.write(layers, "features", "probabilities", "0.1", Map.of("task", "binary"), null, null);
        try (OrtSession session = ENV.createSession(model, new OrtSession.SessionOptions())) {
            assertThat(session.getInputNames()).containsExactly("features");
            assertThat(session.getOutputNames()).containsExactly("probabilities");
            assertThat(session.getMetadata().getCustomMetadata()).containsEntry("task", "binary");
            assertThat(session.getMetadata().getProducerName()).isEqualTo("MLP Workbench");
        }
        checkAgainstReference(layers, 10, random);
    }

    private static void checkAgainstReference(List<DenseLayer> layers, int inputs, Random random) throws OrtException {
        byte[] model = OnnxWriter.write(layers, "features", "out", "test", Map.of(), null, null);
        try (OrtSession session = ENV.createSession(model, new OrtSession.SessionOptions())) {
            for (int batch : new int[] {1, 9}) {
                float[] x = new float[batch * inputs];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (2 * random.nextGaussian());
                }
                float[][] actual;
                try (OnnxTensor tensor = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(x), new long[] {batch, inputs});
                     OrtSession.Result result = session.run(Map.of("features", tensor))) {
                    actual = (float[][]) result.get(0).getValue();
                }
                assertThat(actual).hasNumberOfRows(batch);
                for (int r = 0; r < batch; r++) {
                    double[] expected = forward(layers, x, r, inputs);
                    assertThat(actual[r]).hasSize(expected.length);
                    for (int c = 0; c < expected.length; c++) {
                        assertThat((double) actual[r][c]).isCloseTo(expected[c], within(1e-5));
                    }
                }
            }
        }
    }

    private static double[] forward(List<DenseLayer> layers, float[] x, int row, int inputs) {
        double[] a = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            a[i] = x[row * inputs + i];
        }
        for (DenseLayer layer : layers) {
            int out = layer.weight().shape()[0];
            int in = layer.weight().shape()[1];
            double[] z = new double[out];
            for (int o = 0; o < out; o++) {
                double sum = layer.bias() == null ? 0 : layer.bias().data()[o];
                for (int i = 0; i < in; i++) {
                    sum += layer.weight().data()[o * in + i] * a[i];
                }
                z[o] = sum;
            }
            a = activate(z, layer);
        }
        return a;
    }

    private static double[] activate(double[] z, DenseLayer layer) {
        double[] a = new double[z.length];
        double alpha = layer.alpha();
        if (layer.activation() == DenseLayer.Activation.SOFTMAX) {
            double max = java.util.Arrays.stream(z).max().orElse(0);
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                a[i] = Math.exp(z[i] - max);
                sum += a[i];
            }
            for (int i = 0; i < z.length; i++) {
                a[i] /= sum;
            }
            return a;
        }
        for (int i = 0; i < z.length; i++) {
            double v = z[i];
            a[i] = switch (layer.activation()) {
                case IDENTITY -> v;
                case RELU -> Math.max(0, v);
                case LEAKY_RELU -> v >= 0 ? v : alpha * v;
                case TANH -> Math.tanh(v);
                case SIGMOID -> 1 / (1 + Math.exp(-v));
                case ELU -> v >= 0 ? v : alpha * (Math.exp(v) - 1);
                case GELU -> 0.5 * v * (1 + erf(v / Math.sqrt(2)));
                case SOFTMAX -> throw new AssertionError();
            };
        }
        return a;
    }

    /** erf by its Maclaurin series (|x| small) or continued fraction complement; accurate to ~1e-12 here. */
    private static double erf(double x) {
        if (Math.abs(x) > 5) {
            return Math.signum(x);
        }
        double sum = 0;
        double term = x;
        for (int n = 0; n < 200; n++) {
            sum += term / (2 * n + 1);
            term *= -x * x / (n + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    private static DenseLayer layer(String prefix, int out, int in, boolean bias, DenseLayer.Activation activation, Random random) {
        float[] w = new float[out * in];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (random.nextGaussian() / Math.sqrt(in));
        }
        NamedArray biasArray = null;
        if (bias) {
            float[] b = new float[out];
            for (int i = 0; i < out; i++) {
                b[i] = (float) (0.3 * random.nextGaussian());
            }
            biasArray = new NamedArray(prefix + ".bias", new int[] {out}, b);
        }
        float alpha = activation == DenseLayer.Activation.LEAKY_RELU ? 0.01f : 1.0f;
        return new DenseLayer(new NamedArray(prefix + ".weight", new int[] {out, in}, w), biasArray, activation, alpha);
    }
}
