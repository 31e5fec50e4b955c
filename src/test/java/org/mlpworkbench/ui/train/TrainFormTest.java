package org.mlpworkbench.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainPreset;
import org.mlpworkbench.ui.session.RunSettings;

/** The Train form's defaults, its presets and the notes that say what "auto" comes to, without the toolkit. */
class TrainFormTest {

    private final TrainForm form = new TrainForm();

    TrainFormTest() {
        form.taskProperty().set(TaskKind.BINARY);
    }

    @Test
    void aFreshFormIsTheRecommendedPresetAndSaysWhatAutoComesTo() {
        assertThat(form.matchingPreset().get()).isSameAs(TrainPreset.RECOMMENDED);
        assertThat(form.hiddenLayers.textProperty().get()).isEqualTo("auto");
        assertThat(form.earlyStopping.get()).isTrue();
        assertThat(form.optimizer.get()).isEqualTo(Optimizer.ADAMW);
        assertThat(form.hiddenNote().get()).isEqualTo("auto: one layer of 512 units below 10,000 rows of the file, of 128 from there");
        form.dataRowsProperty().set(32_561);
        assertThat(form.hiddenNote().get()).isEqualTo("auto: 128 (32,561 rows: at least 10,000)");
        assertThat(form.weightDecayNote().get()).isEqualTo("auto: 0.0038 = (2000 / 32,561 rows)²");
        form.dataRowsProperty().set(891);
        assertThat(form.hiddenNote().get()).isEqualTo("auto: 512 (891 rows: below 10,000)");
        assertThat(form.weightDecayNote().get()).isEqualTo("auto: 2 (the most; (2000 / 891 rows)² is more)");

        RunSettings settings = form.settings();
        assertThat(settings.hiddenWidths()).containsExactly(512);
        assertThat(settings.config().weightDecay()).isEqualTo(2.0);
        assertThat(settings.config().patience()).isEqualTo(10);
        assertThat(settings.config().epochs()).isEqualTo(500);
        assertThat(settings.dropout()).isEqualTo(0.2);
    }

    @Test
    void theClassicPresetSetsExactlyTheClassicNetwork() {
        form.dataRowsProperty().set(891);
        form.seed.set("7");
        form.apply(TrainPreset.CLASSIC);
        assertThat(form.matchingPreset().get()).isSameAs(TrainPreset.CLASSIC);
        assertThat(form.hiddenLayers.textProperty().get()).isEqualTo("128");
        assertThat(form.epochs.textProperty().get()).isEqualTo("100");
        assertThat(form.dropout.textProperty().get()).isEqualTo("0");
        assertThat(form.learningRate.textProperty().get()).isEqualTo("0.001");
        assertThat(form.bias.get()).isFalse();
        assertThat(form.earlyStopping.get()).isFalse();
        assertThat(form.hiddenNote().get()).isEmpty();
        assertThat(form.weightDecayNote().get()).as("Adam: no decay to explain").isEmpty();

        RunSettings settings = form.settings();
        assertThat(settings.hiddenWidths()).containsExactly(128);
        assertThat(settings.activation()).isEqualTo(Activation.RELU);
        assertThat(settings.bias()).isFalse();
        assertThat(settings.dropout()).isZero();
        assertThat(settings.config().optimizer()).isEqualTo(Optimizer.ADAM);
        assertThat(settings.config().epochs()).isEqualTo(100);
        assertThat(settings.config().batchSize()).isEqualTo(64);
        assertThat(settings.config().learningRate()).isEqualTo(0.001);
        assertThat(settings.config().weightDecay()).isZero();
        assertThat(settings.config().patience()).isZero();
        assertThat(settings.config().seed()).as("the seed is the user's").isEqualTo(7);
        assertThat(settings.validationShare()).isEqualTo(0.2);
    }

    @Test
    void changingAFieldLeavesThePresetsAndApplyingOneComesBack() {
        form.epochs.set("60");
        assertThat(form.matchingPreset().get()).isNull();
        form.apply(TrainPreset.RECOMMENDED);
        assertThat(form.matchingPreset().get()).isSameAs(TrainPreset.RECOMMENDED);
        form.weightDecay.set("0.5");
        assertThat(form.matchingPreset().get()).isNull();
        form.optimizer.set(Optimizer.ADAM);
        form.apply(TrainPreset.CLASSIC);
        form.weightDecay.set("0.5");
        assertThat(form.matchingPreset().get()).as("Adam ignores the decay field").isSameAs(TrainPreset.CLASSIC);
    }

    @Test
    void theNotesAndThePresetFollowEveryEditEvenWhenReadAtOnce() {
        form.dataRowsProperty().set(891);
        List<String> notes = new ArrayList<>();
        List<TrainPreset> matched = new ArrayList<>();
        form.hiddenNote().addListener((obs, old, now) -> notes.add(now));
        form.matchingPreset().addListener((obs, old, now) -> matched.add(now));
        form.hiddenLayers.set("128");
        form.hiddenLayers.set("auto");
        form.epochs.set("100");
        form.epochs.set("500");
        assertThat(notes).containsExactly("", "auto: 512 (891 rows: below 10,000)");
        assertThat(matched).containsExactly(null, TrainPreset.RECOMMENDED, null, TrainPreset.RECOMMENDED);
    }

    @Test
    void autoIsAcceptedAndOtherWordsAreExplained() {
        form.hiddenLayers.set("AUTO");
        assertThat(form.hiddenLayers.value()).isEmpty();
        form.hiddenLayers.set("big");
        assertThat(form.hiddenLayers.errorProperty().get()).isEqualTo("'big' is not a whole number; write widths separated"
                + " by commas, e.g. 128 or 128,64, or auto");
        form.weightDecay.set("lots");
        assertThat(form.validProperty().get()).isFalse();
        form.optimizer.set(Optimizer.ADAM);
        form.hiddenLayers.set("auto");
        assertThat(form.validProperty().get()).as("the decay is AdamW's only").isTrue();
    }
}
