package org.mlpworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;

class ModelApiTest {

    private static final MlpSpec TITANIC = MlpSpec.forTask(TaskKind.BINARY, 10, List.of(128), 1).withBias(false);

    @Test
    void parametersAreNamedAndShapedLikePyTorch() {
        MlpSpec spec = MlpSpec.forTask(TaskKind.MULTI_CLASS, 4, List.of(6, 5), 3);
        Mlp model = Network.initialize(spec, 1, 8).toModel();
        assertThat(model.parameters()).extracting(NamedParameter::name).containsExactly(
                "layers.0.weight", "layers.0.bias", "layers.1.weight", "layers.1.bias", "layers.2.weight", "layers.2.bias");
        assertThat(model.parameters().get(2).shape()).containsExactly(5, 6);
        assertThat(model.parameters().get(3).shape()).containsExactly(5);
        assertThat(model.parameterCount()).isEqualTo(4 * 6 + 6 + 6 * 5 + 5 + 5 * 3 + 3);
        assertThat(ParameterLayout.of(spec).entries().get(2).offset()).isEqualTo(30);
        assertThat(ParameterLayout.of(TITANIC).entries()).extracting(ParameterLayout.Entry::name)
                .containsExactly("layers.0.weight", "layers.1.weight");
    }

    @Test
    void modelRebuiltFromItsParametersPredictsTheSame() {
        Mlp model = Network.initialize(TITANIC, 3, 16).toModel();
        Mlp rebuilt = Mlp.of(TITANIC, model.parameters());
        Matrix x = new Matrix(3000, 10, GradientCheckTest.gaussian(new java.util.Random(1), 30000));
        assertThat(rebuilt.predict(x)).isEqualTo(model.predict(x));
        assertThat(model.predict(x).rows()).isEqualTo(3000);
    }

    @Test
    void predictIsThreadSafe() throws Exception {
        Mlp model = Network.initialize(TITANIC, 3, 16).toModel();
        Matrix x = new Matrix(2000, 10, GradientCheckTest.gaussian(new java.util.Random(2), 20000));
        Matrix expected = model.predict(x);
        List<CompletableFuture<Matrix>> runs = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> model.predict(x))).toList();
        for (CompletableFuture<Matrix> run : runs) {
            assertThat(run.get()).isEqualTo(expected);
        }
    }

    @Test
    void invalidSpecsAndParametersAreRejected() {
        assertThatThrownBy(() -> TITANIC.withOutput(OutputActivation.IDENTITY, LossFunction.BINARY_CROSS_ENTROPY))
                .hasMessage("BINARY_CROSS_ENTROPY needs a sigmoid output, not IDENTITY");
        assertThatThrownBy(() -> MlpSpec.forTask(TaskKind.BINARY, 3, List.of(4), 2))
                .hasMessageContaining("a binary task has one output");
        assertThatThrownBy(() -> TITANIC.withDropout(1.0)).hasMessageContaining("dropout rate must be in [0, 1)");
        assertThatThrownBy(() -> MlpSpec.forTask(TaskKind.REGRESSION, 3, List.of(0), 1))
                .hasMessageContaining("hidden layer 1 has width 0");
        Mlp model = Network.initialize(TITANIC, 3, 16).toModel();
        List<NamedParameter> wrong = List.of(model.parameters().get(0),
                new NamedParameter("layers.1.weight", new int[] {128, 1}, new float[128]));
        assertThatThrownBy(() -> Mlp.of(TITANIC, wrong)).hasMessage("parameter layers.1.weight has shape [128, 1], expected [1, 128]");
        assertThatThrownBy(() -> model.predict(Matrix.zeros(2, 3))).hasMessage("the model expects 10 feature columns, got 3");
    }

    @Test
    void sigmoidOutputWithMseIsAnAllowedOverride() {
        MlpSpec mse = TITANIC.withOutput(OutputActivation.SIGMOID, LossFunction.MSE);
        assertThat(mse.describe()).isEqualTo("10 → 128 ReLU → 1 sigmoid (mse, no bias)");
        for (TaskKind task : TaskKind.values()) {
            assertThat(task.explanation()).isNotBlank().endsWith(".");
            assertThat(task.defaultLoss().isCompatibleWith(task.defaultOutputActivation())).isTrue();
        }
    }

    @Test
    void erfMatchesReferenceValues() {
        double[][] table = {{0.1, 0.1124629160182849}, {0.5, 0.5204998778130465}, {1, 0.8427007929497149},
                {2, 0.9953222650189527}, {2.5, 0.9995930479825550}, {3, 0.9999779095030014}, {4, 0.9999999845827421}};
        for (double[] row : table) {
            assertThat(Erf.erf(row[0])).isCloseTo(row[1], offset(2e-16));
            assertThat(Erf.erf(-row[0])).isCloseTo(-row[1], offset(2e-16));
        }
        assertThat(Erf.erf(0)).isZero();
        assertThat(Erf.erf(30)).isEqualTo(1.0);
    }

    @Test
    void activationDerivativesMatchDifferenceQuotients() {
        for (Activation activation : Activation.values()) {
            for (double z = -4.05; z < 4; z += 0.37) {
                double numeric = (activation.apply(z + 1e-6) - activation.apply(z - 1e-6)) / 2e-6;
                assertThat(activation.derivative(z)).as("%s at %s", activation, z).isCloseTo(numeric, offset(1e-8));
            }
        }
    }
}
