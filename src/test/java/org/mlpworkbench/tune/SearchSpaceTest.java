package org.mlpworkbench.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;

class SearchSpaceTest {

    private static final SearchSpace BASE = SearchSpace.defaultsFor(891, 11);

    static Stream<Arguments> badSpaces() {
        return Stream.of(
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withHidden(List.of()), "hidden: expected at least one choice"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withHidden(List.of(List.of(64), List.of(0))),
                        "hidden[1]: expected widths of at least 1, got 0"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withHidden(List.of(List.of())), "hidden[0]: expected at least one layer width"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withActivations(List.of()), "activations: expected at least one choice"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withOptimizers(List.of()), "optimizers: expected at least one choice"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withBatchSizes(List.of(32, 0)), "batchSizes: expected sizes of at least 1, got 0"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withDropout(new SearchSpace.Range(0, 0.99)),
                        "dropout: expected a range within [0, 0.95]"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withDropout(new SearchSpace.Range(0.5, 0.1)),
                        "dropout: expected min <= max, got min 0.5 > max 0.1"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withLearningRate(new SearchSpace.Range(0.1, 0.01)),
                        "learningRate: expected min <= max"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withLearningRate(new SearchSpace.Range(0, 0.01)),
                        "learningRate: expected bounds > 0 (the scale is logarithmic), got min 0.0"),
                Arguments.of((UnaryOperator<SearchSpace>) s -> s.withWeightDecay(new SearchSpace.Range(-1, 0.01), true),
                        "weightDecay: expected bounds > 0"));
    }

    @ParameterizedTest
    @MethodSource("badSpaces")
    void aBadSpaceIsRefusedNamingTheField(UnaryOperator<SearchSpace> change, String message) {
        assertThatThrownBy(() -> change.apply(BASE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void defaultsFollowTheDataSize() {
        SearchSpace small = SearchSpace.defaultsFor(891, 11);
        SearchSpace large = SearchSpace.defaultsFor(100_000, 20);
        SearchSpace wide = SearchSpace.defaultsFor(5_000, 700);

        assertThat(small.hidden()).contains(List.of(128)).allSatisfy(h -> assertThat(h).hasSize(1));
        assertThat(small.batchSizes()).containsExactly(16, 32, 64);
        assertThat(large.hidden()).contains(List.of(512, 256));
        assertThat(large.batchSizes()).containsExactly(128, 256, 512);
        assertThat(wide.hidden()).contains(List.of(1024));
        assertThat(small.optimizers()).containsExactly(Optimizer.ADAMW);
        assertThat(small.weightDecayZero()).isTrue();
        assertThatThrownBy(() -> SearchSpace.defaultsFor(0, 3)).hasMessageContaining("at least one row");
    }

    @Test
    void samplingStaysInsideTheSpaceAndFollowsTheSeed() {
        SearchSpace space = BASE.withOptimizers(List.of(Optimizer.ADAMW, Optimizer.SGD));
        Random random = new Random(5);
        boolean zero = false;
        boolean decay = false;
        for (int i = 0; i < 200; i++) {
            TrialParameters p = TrialParameters.sample(space, random);
            assertThat(space.hidden()).contains(p.hidden());
            assertThat(p.dropout()).isBetween(0.0, 0.5);
            assertThat(p.learningRate()).isBetween(1e-4, 1e-2);
            assertThat(space.batchSizes()).contains(p.batchSize());
            if (p.optimizer() == Optimizer.SGD) {
                assertThat(p.weightDecay()).isZero();
            } else {
                zero |= p.weightDecay() == 0;
                decay |= p.weightDecay() > 0;
                assertThat(p.weightDecay() == 0 || (p.weightDecay() >= 1e-5 && p.weightDecay() <= 0.1)).isTrue();
            }
            assertThat(p.config(3, 1).weightDecay()).isEqualTo(p.weightDecay());
        }
        assertThat(zero).isTrue();
        assertThat(decay).isTrue();
        assertThat(TrialParameters.sample(space, new Random(9))).isEqualTo(TrialParameters.sample(space, new Random(9)));
    }

    @Test
    void jsonReadsOverTheDefaultsAndWritesBack() {
        SearchSpace read = SearchSpaceJson.read("{\"hidden\": [[64], [128, 64]], \"activations\": [\"leaky-relu\", \"TANH\"],"
                + " \"weightDecay\": {\"min\": 1e-4, \"max\": 1e-2, \"zero\": false}, \"optimizers\": [\"adam\"]}", BASE);

        assertThat(read.hidden()).containsExactly(List.of(64), List.of(128, 64));
        assertThat(read.activations()).containsExactly(Activation.LEAKY_RELU, Activation.TANH);
        assertThat(read.weightDecay()).isEqualTo(new SearchSpace.Range(1e-4, 1e-2));
        assertThat(read.weightDecayZero()).isFalse();
        assertThat(read.optimizers()).containsExactly(Optimizer.ADAM);
        assertThat(read.batchSizes()).isEqualTo(BASE.batchSizes());
        assertThat(SearchSpaceJson.read(SearchSpaceJson.write(read).toString(), BASE)).isEqualTo(read);
    }

    @Test
    void badJsonIsRefusedNamingTheField() {
        assertThatThrownBy(() -> SearchSpaceJson.read("{\"hiden\": [[64]]}", BASE)).hasMessageContaining("unknown field 'hiden'");
        assertThatThrownBy(() -> SearchSpaceJson.read("{\"dropout\": [0, 1]}", BASE))
                .hasMessageContaining("dropout: expected {\"min\": number, \"max\": number}");
        assertThatThrownBy(() -> SearchSpaceJson.read("{\"optimizers\": [\"rmsprop\"]}", BASE))
                .hasMessageContaining("optimizers: expected one of sgd, adam, adamw, got \"rmsprop\"");
        assertThatThrownBy(() -> SearchSpaceJson.read("{\"batchSizes\": [32.5]}", BASE))
                .hasMessageContaining("batchSizes: expected whole numbers");
        assertThatThrownBy(() -> SearchSpaceJson.read("[1]", BASE)).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> SearchSpaceJson.read("{", BASE)).hasMessageContaining("not valid JSON");
    }
}
