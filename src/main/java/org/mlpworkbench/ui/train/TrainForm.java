package org.mlpworkbench.ui.train;

import org.mlpworkbench.train.TrainDefaults;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainPreset;
import org.mlpworkbench.ui.component.Field;
import org.mlpworkbench.ui.session.OutputChoice;
import org.mlpworkbench.ui.session.RunSettings;

/**
 * The training form as a view-model: one {@link Field} per typed value (with its error message),
 * choices as properties, {@link #validProperty()} true when every field that applies is valid, and
 * {@link #settings()} taking the snapshot a run is started with.
 */
public final class TrainForm {

    /** Hidden widths; the empty list stands for "auto" (by data size). */
    public final Field<List<Integer>> hiddenLayers = new Field<>("hiddenLayers", TrainDefaults.HIDDEN_LAYERS, TrainForm::parseLayers);
    public final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation", Activation.RELU);
    public final Field<Double> dropout = new Field<>("dropout", TrainDefaults.DROPOUT, Field.decimal("Dropout rate", 0, 0.95, false));
    public final BooleanProperty bias = new SimpleBooleanProperty(this, "bias", true);
    public final Field<Integer> epochs = new Field<>("epochs", TrainDefaults.EPOCHS, Field.integer("Epochs", 1, 100_000));
    public final Field<Double> learningRate = new Field<>("learningRate", TrainDefaults.LEARNING_RATE, TrainForm::parseRate);
    public final Field<Integer> batchSize = new Field<>("batchSize", TrainDefaults.BATCH_SIZE, Field.integer("Batch size", 1, 1_000_000));
    public final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer",
            TrainPreset.RECOMMENDED.optimizer());
    public final Field<Double> momentum = new Field<>("momentum", TrainDefaults.SGD_MOMENTUM, Field.decimal("Momentum", 0, 1, true));
    /** AdamW's weight decay; NaN stands for "auto" (by data size). */
    public final Field<Double> weightDecay = new Field<>("weightDecay", TrainDefaults.WEIGHT_DECAY, TrainForm::parseDecay);
    public final ObjectProperty<ScheduleChoice> schedule =
            new SimpleObjectProperty<>(this, "schedule", ScheduleChoice.CONSTANT);
    public final Field<Double> validationSplit =
            new Field<>("validationSplit", TrainDefaults.VALIDATION_SPLIT, Field.decimal("Validation share", 0, 0.9, false));
    public final BooleanProperty earlyStopping = new SimpleBooleanProperty(this, "earlyStopping",
            TrainPreset.RECOMMENDED.patience() > 0);
    public final Field<Integer> patience = new Field<>("patience", TrainDefaults.PATIENCE, Field.integer("Patience", 1, 100_000));
    public final Field<Long> seed = new Field<>("seed", TrainDefaults.SEED, TrainForm::parseSeed);
    private final ObjectProperty<TaskKind> task = new SimpleObjectProperty<>(this, "task");
    private final IntegerProperty dataRows = new SimpleIntegerProperty(this, "dataRows");
    private final ObservableList<OutputChoice> outputOptions = FXCollections.observableArrayList();
    public final ObjectProperty<OutputChoice> output = new SimpleObjectProperty<>(this, "output");
    private final BooleanBinding valid;
    private final StringBinding lossExplanation;
    private final StringBinding hiddenNote;
    private final StringBinding weightDecayNote;
    private final PresetValues presets = new PresetValues(this);

    public TrainForm() {
        task.addListener((obs, old, now) -> {
            List<OutputChoice> options = now == null ? List.of() : OutputChoice.optionsFor(now);
            if (!options.equals(outputOptions)) {
                outputOptions.setAll(options);
                output.set(options.isEmpty() ? null : options.get(0));
            }
        });
        BooleanBinding sgd = Bindings.equal(optimizer, Optimizer.SGD);
        BooleanBinding adamW = Bindings.equal(optimizer, Optimizer.ADAMW);
        valid = hiddenLayers.validProperty().and(dropout.validProperty()).and(epochs.validProperty())
                .and(learningRate.validProperty()).and(batchSize.validProperty())
                .and(sgd.not().or(momentum.validProperty()))
                .and(adamW.not().or(weightDecay.validProperty()))
                .and(validationSplit.validProperty())
                .and(earlyStopping.not().or(patience.validProperty()))
                .and(seed.validProperty()).and(output.isNotNull());
        lossExplanation = Bindings.createStringBinding(() -> output.get() == null ? "" : output.get().why(), output);
        hiddenNote = Bindings.createStringBinding(() -> hiddenLayers.value() == null || !hiddenLayers.value().isEmpty()
                ? "" : dataRows.get() == 0 ? "auto: " + TrainDefaults.WIDTH_RULE
                : "auto: " + TrainDefaults.hiddenRule(dataRows.get()), hiddenLayers.valueProperty(), dataRows);
        weightDecayNote = Bindings.createStringBinding(() -> optimizer.get() != Optimizer.ADAMW
                || weightDecay.value() == null || !weightDecay.value().isNaN() ? ""
                : dataRows.get() == 0 ? "auto: " + TrainDefaults.DECAY_RULE
                : "auto: " + TrainDefaults.weightDecayRule(dataRows.get()), weightDecay.valueProperty(), optimizer, dataRows);
    }

    static List<Integer> parseLayers(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give at least one hidden layer width, e.g. 128 or 128,64, or auto");
        }
        if (text.equalsIgnoreCase(TrainDefaults.AUTO)) {
            return List.of();
        }
        List<Integer> widths = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.trim();
            int width;
            try {
                width = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException((p.isEmpty() ? "An empty width" : "'" + p + "' is not a whole number")
                        + "; write widths separated by commas, e.g. 128 or 128,64, or auto");
            }
            if (width < 1 || width > 8192) {
                throw new IllegalArgumentException("A layer width must be between 1 and 8192, not " + width);
            }
            widths.add(width);
        }
        if (widths.size() > 16) {
            throw new IllegalArgumentException("At most 16 hidden layers, not " + widths.size());
        }
        return widths;
    }

    static Double parseRate(String text) {
        double v = Field.decimal("Learning rate", 0, 10, false).apply(text);
        if (v <= 0) {
            throw new IllegalArgumentException("Learning rate must be greater than 0, e.g. 0.001");
        }
        return v;
    }

    static Double parseDecay(String text) {
        if (text.equalsIgnoreCase(TrainDefaults.AUTO)) {
            return Double.NaN;
        }
        return Field.decimal("Weight decay", 0, 100, false).apply(text);
    }

    static Long parseSeed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text.isEmpty() ? "Seed is required (a whole number, e.g. 42)"
                    : "'" + text + "' is not a whole number; the seed fixes initial weights, shuffling and the split");
        }
    }

    /**
     * A snapshot of the form for a run, "auto" resolved for the data's rows as the command line resolves
     * it; call only while valid.
     */
    public RunSettings settings() {
        requireValid();
        TrainConfig c = TrainConfig.adam(learningRate.value(), epochs.value(), batchSize.value())
                .withOptimizer(optimizer.get())
                .withSchedule(schedule.get().schedule())
                .withPatience(earlyStopping.get() ? patience.value() : 0)
                .withSeed(seed.value());
        if (optimizer.get() == Optimizer.SGD) {
            c = c.withMomentum(momentum.value(), false);
        }
        if (optimizer.get() == Optimizer.ADAMW) {
            c = c.withWeightDecay(weightDecay.value().isNaN() ? TrainDefaults.weightDecay(dataRows.get()) : weightDecay.value());
        }
        OutputChoice out = output.get();
        List<Integer> widths = hiddenLayers.value().isEmpty() ? TrainDefaults.hiddenWidths(dataRows.get()) : hiddenLayers.value();
        return new RunSettings(task.get(), widths, activation.get(), out.output(), out.loss(),
                bias.get(), dropout.value(), c, validationSplit.value());
    }

    /** Puts every value of {@code preset} into the form; the seed and the output stay. */
    public void apply(TrainPreset preset) {
        presets.apply(preset);
    }

    /** The preset the form's values equal, or null when they were changed from every preset. */
    public ObjectBinding<TrainPreset> matchingPreset() {
        return presets.matching();
    }

    private void requireValid() {
        if (!valid.get()) {
            throw new IllegalStateException("the training form has invalid fields");
        }
    }

    /** The rows of the data file, which the "auto" values follow (0 before a preparation exists). */
    public IntegerProperty dataRowsProperty() {
        return dataRows;
    }

    /** "auto: 512 (891 rows: below 10,000)" while the hidden layers are auto, else empty. */
    public StringBinding hiddenNote() {
        return hiddenNote;
    }

    /** "auto: 2 (the most; …)" while the weight decay is auto and AdamW is chosen, else empty. */
    public StringBinding weightDecayNote() {
        return weightDecayNote;
    }

    /** The task the form is set up for (fixes the output options); null before a preparation exists. */
    public ObjectProperty<TaskKind> taskProperty() {
        return task;
    }

    /** The output activation + loss options of the current task, default first. */
    public ObservableList<OutputChoice> outputOptions() {
        return outputOptions;
    }

    /** True when every field that applies holds a valid value. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** One sentence on why the chosen loss suits the task. */
    public StringBinding lossExplanation() {
        return lossExplanation;
    }
}
