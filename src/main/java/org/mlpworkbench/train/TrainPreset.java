package org.mlpworkbench.train;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlpworkbench.model.Activation;

/**
 * A named starting point for every training choice but the seed and the output: the app's Train form
 * applies one with a click, and the command line trains with one ({@code --preset}) for every option
 * not given. {@link #RECOMMENDED} is what both start from ({@link TrainDefaults}); {@link #CLASSIC} is
 * the classic Titanic notebook's network, trained for a fixed number of epochs.
 *
 * @param hidden      hidden widths, or empty for "by the data size" ({@link TrainDefaults#hiddenWidths(int)})
 * @param weightDecay AdamW's decoupled weight decay, or NaN for "by the data size"
 *                    ({@link TrainDefaults#weightDecay(int)}); unused unless the optimizer is AdamW
 * @param patience    early-stopping patience in epochs, 0 for a fixed number of epochs
 */
public record TrainPreset(String id, String label, String summary, List<Integer> hidden, Activation activation,
                          boolean bias, double dropout, int epochs, int batchSize, double learningRate,
                          Optimizer optimizer, double weightDecay, int patience, double validationSplit) {

    /** The defaults: early stopping on the validation loss (best epoch kept), width and weight decay by data size, dropout. */
    public static final TrainPreset RECOMMENDED = new TrainPreset("recommended", "Recommended",
            "early stopping keeps the best epoch (at most " + TrainDefaults.EPOCHS + "); AdamW; weight decay and"
                    + " width by data size; dropout " + TrainDefaults.DROPOUT + ".",
            List.of(), Activation.RELU, true, Double.parseDouble(TrainDefaults.DROPOUT),
            Integer.parseInt(TrainDefaults.EPOCHS), Integer.parseInt(TrainDefaults.BATCH_SIZE),
            Double.parseDouble(TrainDefaults.LEARNING_RATE), Optimizer.valueOf(TrainDefaults.OPTIMIZER.toUpperCase(Locale.ROOT)),
            Double.NaN, Integer.parseInt(TrainDefaults.PATIENCE), Double.parseDouble(TrainDefaults.VALIDATION_SPLIT));

    /** The classic Titanic notebook's net: 128 ReLU units without bias, Adam at 0.001, batch 64, 100 epochs. */
    public static final TrainPreset CLASSIC = new TrainPreset("classic", "Classic",
            "the classic Titanic notebook's net: 128 ReLU units without bias, Adam at 0.001, batch 64, 100 epochs,"
                    + " no dropout, no early stopping.",
            List.of(128), Activation.RELU, false, 0, 100, 64, 0.001, Optimizer.ADAM, Double.NaN, 0, 0.2);

    public static final List<TrainPreset> ALL = List.of(RECOMMENDED, CLASSIC);

    public TrainPreset {
        hidden = List.copyOf(hidden);
    }

    /** The preset called {@code id} (case-insensitive). */
    public static TrainPreset byId(String id) {
        return ALL.stream().filter(p -> p.id.equalsIgnoreCase(id.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no preset '" + id + "'; choose "
                        + ALL.stream().map(TrainPreset::id).collect(Collectors.joining(" or "))));
    }

    /** True when the hidden widths follow the data size. */
    public boolean widthByDataSize() {
        return hidden.isEmpty();
    }

    /** True when the weight decay follows the data size. */
    public boolean weightDecayByDataSize() {
        return Double.isNaN(weightDecay);
    }

    /** The hidden widths for a file of {@code rows} rows. */
    public List<Integer> hidden(int rows) {
        return widthByDataSize() ? TrainDefaults.hiddenWidths(rows) : hidden;
    }

    /** The weight decay for a file of {@code rows} rows with {@code chosen} (0 unless it is AdamW). */
    public double weightDecay(Optimizer chosen, int rows) {
        if (chosen != Optimizer.ADAMW) {
            return 0;
        }
        return weightDecayByDataSize() ? TrainDefaults.weightDecay(rows) : weightDecay;
    }

    /** The training configuration for a file of {@code rows} rows, with {@code seed}. */
    public TrainConfig config(int rows, long seed) {
        TrainConfig config = TrainConfig.adam(learningRate, epochs, batchSize).withOptimizer(optimizer)
                .withWeightDecay(weightDecay(optimizer, rows)).withPatience(patience).withSeed(seed);
        return optimizer == Optimizer.SGD ? config.withMomentum(Double.parseDouble(TrainDefaults.SGD_MOMENTUM), false) : config;
    }

    /** Hidden widths as the form and {@code --hidden} write them: {@code auto}, {@code 128} or {@code 128,64}. */
    public String hiddenText() {
        return widthByDataSize() ? TrainDefaults.AUTO : hidden.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The weight decay as the form and {@code --weight-decay} write it: {@code auto} or a number. */
    public String weightDecayText() {
        return weightDecayByDataSize() ? TrainDefaults.AUTO : TrainDefaults.format(weightDecay);
    }

    @Override
    public String toString() {
        return label;
    }
}
