package org.mlpworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpworkbench.model.GoldenCase;
import org.mlpworkbench.model.Network;
import org.mlpworkbench.model.ParameterLayout;

/**
 * A few full-batch steps of Adam, AdamW (weights decayed, biases not) and SGD with (Nesterov)
 * momentum on the golden networks against {@code torch.optim} in float64 ({@code golden/make_golden.py}).
 */
class GoldenOptimizerTest {

    static final double TOLERANCE = 1e-5;

    static Stream<GoldenCase> cases() {
        return GoldenCase.load().stream().filter(c -> c.optimizer() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void updatedWeightsMatchPyTorch(GoldenCase golden) {
        JsonNode settings = golden.optimizer();
        TrainConfig config = configFor(settings);
        Network network = Network.from(golden.model(), 1, golden.rows());
        ParameterUpdater updater = ParameterUpdater.create(network, config);
        float[] x = GoldenCase.floats(golden.x());
        float[] y = GoldenCase.floats(golden.y());
        for (int step = 0; step < settings.get("steps").asInt(); step++) {
            network.computeGradients(x, y, golden.rows());
            updater.step(config.learningRate());
        }
        List<ParameterLayout.Entry> entries = network.layout().entries();
        for (int t = 0; t < entries.size(); t++) {
            double[] expected = GoldenCase.doubles(settings.get("updated").get(entries.get(t).name()));
            float[] actual = network.parameters().get(t);
            for (int i = 0; i < expected.length; i++) {
                assertThat(Math.abs(actual[i] - expected[i]) / Math.max(1, Math.abs(expected[i])))
                        .as("%s %s[%d]: %s vs PyTorch %s", settings.get("kind").asText(), entries.get(t).name(), i,
                                actual[i], expected[i])
                        .isLessThanOrEqualTo(TOLERANCE);
            }
        }
    }

    private static TrainConfig configFor(JsonNode settings) {
        double lr = settings.get("lr").asDouble();
        return switch (settings.get("kind").asText()) {
            case "ADAM" -> TrainConfig.adam(lr, 1, 8);
            case "ADAMW" -> TrainConfig.adam(lr, 1, 8).withOptimizer(Optimizer.ADAMW)
                    .withWeightDecay(settings.get("weightDecay").asDouble());
            case "SGD" -> TrainConfig.sgd(lr, 1, 8).withMomentum(settings.get("momentum").asDouble(),
                    settings.get("nesterov").asBoolean());
            default -> throw new IllegalArgumentException(settings.get("kind").asText());
        };
    }
}
