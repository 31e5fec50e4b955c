package org.mlpworkbench.ui.train;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainDefaults;
import org.mlpworkbench.train.TrainPreset;
import org.mlpworkbench.ui.component.FormGrid;

/**
 * The training form: a preset to start from, then network, optimisation and validation settings, each
 * with a tooltip; under a value that is "auto" a note says what it comes to for the data and why.
 */
final class TrainFormView extends FormGrid {

    TrainFormView(TrainViewModel viewModel) {
        setId("train-form");
        TrainForm form = viewModel.form();

        section("Preset");
        add("", presetButtons(form), null);
        Label presetState = note("preset-state");
        presetState.textProperty().bind(Bindings.createStringBinding(() -> form.matchingPreset().get() == null
                ? "Changed from the presets." : form.matchingPreset().get().label() + ": "
                + form.matchingPreset().get().summary(), form.matchingPreset()));

        section("Network");
        text("Hidden la_yers:", form.hiddenLayers, "Widths of the hidden layers, input side first, separated by "
                + "commas: 128 is one layer of 128 units, 128,64 two layers; auto is " + TrainDefaults.WIDTH_RULE
                + ".").setId("field-hidden");
        note("hidden-note").textProperty().bind(form.hiddenNote());
        ComboBox<Activation> activation = choice("_Activation:", FXCollections.observableArrayList(Activation.values()), form.activation,
                "The non-linearity after each hidden layer. ReLU is a safe default; tanh and sigmoid saturate; "
                        + "GELU and ELU are smooth variants of ReLU.");
        activation.setId("field-activation");
        activation.setConverter(FormGrid.named(Activation::displayName));
        text("_Dropout rate:", form.dropout, "Share of hidden units switched off at random in each training batch "
                + "(0 = none, 0.2–0.5 against overfitting). Never applied when predicting.").setId("field-dropout");
        check("", "_Bias in every layer", form.bias, "Whether each layer adds a learned constant. Turn it off to "
                + "reproduce a bias-free network such as the classic Titanic notebook.").setId("field-bias");
        choice("O_utput & loss:", form.outputOptions(), form.output, "The output activation and the loss "
                + "minimised. The default suits the task; the alternative is there to compare.").setId("field-loss");
        note("loss-explanation").textProperty().bind(form.lossExplanation());

        section("Optimisation");
        text("_Epochs:", form.epochs, "How many passes over the training rows. With early stopping this is "
                + "the most that run; training usually stops long before.").setId("field-epochs");
        Button find = new Button("Find…");
        find.setId("find-rate");
        find.setMinWidth(Region.USE_PREF_SIZE);
        find.setTooltip(FormGrid.tooltip("Learning-rate range test: train briefly while the rate grows from "
                + "1e-7 to 10 and suggest the rate where the loss falls fastest (Ctrl+L)."));
        find.disableProperty().bind(viewModel.canStart().not());
        find.setOnAction(e -> viewModel.findLearningRate());
        text("_Learning rate:", form.learningRate, "Step size of each update. Too high and the loss jumps or "
                + "diverges; too low and it crawls. Find… runs a quick sweep and suggests one.", find)
                .setId("field-rate");
        text("Batch si_ze:", form.batchSize, "Rows per update. Small batches update often but noisily; large "
                + "ones are smoother and faster per row.").setId("field-batch");
        ComboBox<Optimizer> optimizer = choice("Opt_imizer:",
                FXCollections.observableArrayList(Arrays.asList(Optimizer.values())), form.optimizer,
                "Adam adapts the step per weight and needs little tuning; SGD with momentum is the classic; "
                        + "AdamW is Adam with decoupled weight decay.");
        optimizer.setId("field-optimizer");
        optimizer.setConverter(FormGrid.named(o -> switch (o) {
            case SGD -> "SGD";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW";
        }));
        TextField momentum = text("_Momentum:", form.momentum, "SGD only: the share of the previous update "
                + "carried into the next (0.9 is common).");
        momentum.setId("field-momentum");
        momentum.disableProperty().bind(Bindings.notEqual(form.optimizer, Optimizer.SGD));
        TextField decay = text("_Weight decay:", form.weightDecay, "AdamW only: each step shrinks the weights by "
                + "learning rate × decay, holding back a network that would fit noise. auto is " + TrainDefaults.DECAY_RULE
                + ": small files need more holding back, and on large ones strong decay costs accuracy.");
        decay.setId("field-decay");
        decay.disableProperty().bind(Bindings.notEqual(form.optimizer, Optimizer.ADAMW));
        note("decay-note").textProperty().bind(form.weightDecayNote());
        choice("S_chedule:", FXCollections.observableArrayList(ScheduleChoice.values()), form.schedule,
                "How the learning rate changes during training. " + scheduleHelp()).setId("field-schedule");

        section("Validation");
        text("Validatio_n share:", form.validationSplit, "Share of rows held out (stratified for classes) to "
                + "measure generalisation each epoch; 0 trains on every row. The recipe is fitted on the "
                + "training rows only.").setId("field-validation");
        check("", "Early stoppin_g", form.earlyStopping, "Stop when the validation loss (or training loss without "
                + "validation) has not improved for 'patience' epochs, and keep the best epoch's weights, so the "
                + "model is the one from before it started to overfit.").setId("field-early");
        TextField patience = text("Patience:", form.patience, "Epochs without improvement before stopping.");
        patience.setId("field-patience");
        patience.disableProperty().bind(form.earlyStopping.not());
        text("Seed:", form.seed, "Fixes the initial weights, the shuffling, dropout and the validation split: "
                + "the same seed and settings give the same run.").setId("field-seed");
    }

    private static HBox presetButtons(TrainForm form) {
        HBox buttons = new HBox(6);
        for (TrainPreset preset : TrainPreset.ALL) {
            Button button = new Button(preset.label());
            button.setId("preset-" + preset.id());
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setTooltip(FormGrid.tooltip(preset.label() + ": " + preset.summary()
                    + " Sets every field below but the output and the seed."));
            button.setOnAction(e -> form.apply(preset));
            buttons.getChildren().add(button);
        }
        return buttons;
    }

    /** A wrapping note in the field column, hidden while empty. */
    private Label note(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("loss-explanation");
        label.setWrapText(true);
        label.setMaxWidth(300);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        note(label);
        return label;
    }

    private static String scheduleHelp() {
        StringBuilder text = new StringBuilder();
        for (ScheduleChoice c : ScheduleChoice.values()) {
            text.append("\n• ").append(c).append(": ").append(c.explanation());
        }
        return text.toString();
    }
}
