package org.mlpworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.model.Activation;

/** The defaults, their rules by data size, and the two presets. */
class TrainDefaultsTest {

    @Test
    void theHiddenWidthIsWideBelowTenThousandRowsAndNarrowFromThere() {
        assertThat(TrainDefaults.hiddenWidths(891)).containsExactly(512);
        assertThat(TrainDefaults.hiddenWidths(9_999)).containsExactly(512);
        assertThat(TrainDefaults.hiddenWidths(10_000)).containsExactly(128);
        assertThat(TrainDefaults.hiddenWidths(245_057)).containsExactly(128);
        assertThat(TrainDefaults.hiddenRule(891)).isEqualTo("512 (891 rows: below 10,000)");
        assertThat(TrainDefaults.hiddenRule(32_561)).isEqualTo("128 (32,561 rows: at least 10,000)");
    }

    @Test
    void theWeightDecayFallsAsTheRowsGrowAndIsCappedForSmallFiles() {
        assertThat(TrainDefaults.weightDecay(891)).isEqualTo(2.0);
        assertThat(TrainDefaults.weightDecay(1_414)).isEqualTo(2.0);
        assertThat(TrainDefaults.weightDecay(1_500)).isEqualTo((2000.0 / 1500) * (2000.0 / 1500));
        assertThat(TrainDefaults.weightDecay(2_000)).isEqualTo(1.0);
        assertThat(TrainDefaults.weightDecay(20_000)).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(TrainDefaults.weightDecay(32_561) * 32_561).as("the pull per pass falls as 1 / rows")
                .isCloseTo(2 * TrainDefaults.weightDecay(65_122) * 65_122, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TrainDefaults.weightDecay(0)).isEqualTo(2.0);
        for (int rows = 1; rows < 1_000_000; rows = rows * 3 + 1) {
            assertThat(TrainDefaults.weightDecay(rows + 1)).isLessThanOrEqualTo(TrainDefaults.weightDecay(rows));
        }
        assertThat(TrainDefaults.weightDecayRule(32_561)).isEqualTo("0.0038 = (2000 / 32,561 rows)²");
        assertThat(TrainDefaults.weightDecayRule(1_500)).isEqualTo("1.8 = (2000 / 1,500 rows)²");
        assertThat(TrainDefaults.weightDecayRule(891)).isEqualTo("2 (the most; (2000 / 891 rows)² is more)");
    }

    @Test
    void theRecommendedPresetIsTheDefaults() {
        TrainPreset p = TrainPreset.RECOMMENDED;
        assertThat(p.widthByDataSize()).isTrue();
        assertThat(p.hiddenText()).isEqualTo(TrainDefaults.HIDDEN_LAYERS);
        assertThat(p.weightDecayText()).isEqualTo(TrainDefaults.WEIGHT_DECAY);
        assertThat(p.dropout()).isEqualTo(Double.parseDouble(TrainDefaults.DROPOUT));
        assertThat(p.optimizer()).isEqualTo(Optimizer.ADAMW);
        assertThat(p.patience()).isEqualTo(Integer.parseInt(TrainDefaults.PATIENCE)).isPositive();
        assertThat(p.epochs()).isEqualTo(Integer.parseInt(TrainDefaults.EPOCHS));
        assertThat(p.validationSplit()).isEqualTo(Double.parseDouble(TrainDefaults.VALIDATION_SPLIT)).isPositive();
        TrainConfig config = p.config(1_500, 7);
        assertThat(config).isEqualTo(TrainConfig.adam(0.001, 500, 64).withOptimizer(Optimizer.ADAMW)
                .withWeightDecay(TrainDefaults.weightDecay(1_500)).withPatience(10).withSeed(7));
        assertThat(p.hidden(1_500)).containsExactly(512);
        assertThat(p.hidden(50_000)).containsExactly(128);
    }

    @Test
    void theClassicPresetIsTheClassicNetworkTrainedForAFixedNumberOfEpochs() {
        TrainPreset p = TrainPreset.CLASSIC;
        assertThat(p.hidden()).containsExactly(128);
        assertThat(p.hidden(50_000)).containsExactly(128);
        assertThat(p.activation()).isEqualTo(Activation.RELU);
        assertThat(p.bias()).isFalse();
        assertThat(p.dropout()).isZero();
        assertThat(p.epochs()).isEqualTo(100);
        assertThat(p.batchSize()).isEqualTo(64);
        assertThat(p.learningRate()).isEqualTo(0.001);
        assertThat(p.optimizer()).isEqualTo(Optimizer.ADAM);
        assertThat(p.patience()).isZero();
        assertThat(p.validationSplit()).isEqualTo(0.2);
        assertThat(p.config(891, 42)).isEqualTo(TrainConfig.adam(0.001, 100, 64));
        assertThat(p.weightDecay(Optimizer.ADAMW, 891)).as("AdamW chosen on top: the rule").isEqualTo(2.0);
    }

    @Test
    void presetsAreFoundByName() {
        assertThat(TrainPreset.byId("Classic")).isSameAs(TrainPreset.CLASSIC);
        assertThat(TrainPreset.byId(" recommended ")).isSameAs(TrainPreset.RECOMMENDED);
        assertThat(TrainPreset.ALL).extracting(TrainPreset::id).containsExactly("recommended", "classic");
        assertThatThrownBy(() -> TrainPreset.byId("fast")).hasMessage("no preset 'fast'; choose recommended or classic");
        assertThat(List.of(TrainDefaults.format(2.0), TrainDefaults.format(0.0768), TrainDefaults.format(0.01020)))
                .containsExactly("2", "0.077", "0.01");
    }
}
