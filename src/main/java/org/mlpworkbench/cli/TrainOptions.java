package org.mlpworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainDefaults;
import org.mlpworkbench.train.TrainPreset;
import picocli.CommandLine.Option;

/**
 * The training options {@code train} and {@code cv} share. Every option not given takes the value of
 * {@code --preset}: {@link TrainPreset#RECOMMENDED}, the app's defaults ({@link TrainDefaults}: early
 * stopping with patience 10 and at most 500 epochs, AdamW at 0.001 whose weight decay and hidden width
 * follow the file's rows, dropout 0.2, batch 64), or {@link TrainPreset#CLASSIC}; the seed is 42 unless
 * given (SGD uses momentum 0.9). The rules by data size are the core's, so a file gets the same
 * network and decay here as in the app.
 */
final class TrainOptions {
    static final double SGD_MOMENTUM = Double.parseDouble(TrainDefaults.SGD_MOMENTUM);

    @Option(names = "--preset", paramLabel = "NAME", defaultValue = "recommended", converter = Converters.PresetConverter.class,
            description = "Where every training option not given comes from: recommended (the app's defaults) or classic"
                    + " (the classic Titanic notebook's net: 128 ReLU, no bias, Adam, 100 epochs, no early stopping)"
                    + " (default: ${DEFAULT-VALUE}).")
    TrainPreset preset;

    @Option(names = "--hidden", paramLabel = "N[,N...]|auto",
            description = "Hidden layer widths, comma-separated, or auto for " + TrainDefaults.WIDTH_RULE
                    + " (default: auto; classic: 128).")
    String hidden;

    @Option(names = "--activation", paramLabel = "NAME", converter = Converters.ActivationConverter.class,
            description = "Hidden activation: relu, leaky-relu, tanh, sigmoid, gelu, elu (default: relu).")
    Activation activation;

    @Option(names = "--dropout", paramLabel = "RATE",
            description = "Dropout after each hidden layer (default: " + TrainDefaults.DROPOUT + "; classic: 0).")
    Double dropout;

    @Option(names = "--bias", negatable = true,
            description = "Layers with bias terms; --no-bias leaves them out (default: with; classic: without).")
    Boolean bias;

    @Option(names = "--epochs", paramLabel = "N",
            description = "Epochs; with early stopping the most that run (default: " + TrainDefaults.EPOCHS + "; classic: 100).")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "N", description = "Mini-batch size (default: " + TrainDefaults.BATCH_SIZE + ").")
    Integer batchSize;

    @Option(names = "--lr", paramLabel = "RATE", description = "Learning rate (default: " + TrainDefaults.LEARNING_RATE + ").")
    Double learningRate;

    @Option(names = "--optimizer", paramLabel = "NAME", converter = Converters.OptimizerConverter.class,
            description = "adam, adamw or sgd (SGD with momentum 0.9) (default: " + TrainDefaults.OPTIMIZER + "; classic: adam).")
    Optimizer optimizer;

    @Option(names = "--weight-decay", paramLabel = "X|auto",
            description = "AdamW's decoupled weight decay: a number, or auto for " + TrainDefaults.DECAY_RULE
                    + " (default: auto).")
    String weightDecay;

    @Option(names = "--seed", paramLabel = "N", defaultValue = TrainDefaults.SEED,
            description = "Seed of the split, the initial weights, shuffling and dropout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--early-stopping", paramLabel = "N",
            description = "Stop after N epochs without a lower validation loss (the training loss when no rows are held"
                    + " out) and keep the best epoch's weights; 0 = off, every epoch runs (default: " + TrainDefaults.PATIENCE
                    + "; classic: 0).")
    Integer patience;

    /** Checks every option that does not depend on the data, so a mistake is reported before any work. */
    void validate() {
        config(1);
        List<Integer> widths = hidden(1);
        long least = widths.stream().allMatch(w -> w > 0) ? MlpSpec.parameterCount(1, widths, 1, bias()) : 0;
        if (least > MlpSpec.MAX_PARAMETERS) {
            throw new UserInputException("--hidden " + hidden + ": even with one input and one output the network would have "
                    + String.format(Locale.ROOT, "%,d", least) + " parameters (" + MlpSpec.gigabytes(least * (double) Float.BYTES)
                    + " of float32 weights); one network holds at most "
                    + String.format(Locale.ROOT, "%,d", MlpSpec.MAX_PARAMETERS) + " — choose smaller hidden layers");
        }
        MlpSpec.forTask(TaskKind.BINARY, 1, widths, 1).withActivation(activation()).withDropout(dropout());
    }

    /** Refuses a validation share outside [0, 1); returns the share, the preset's when not given. */
    double validationSplit(Double given) {
        double split = given != null ? given : preset.validationSplit();
        if (!(split >= 0 && split < 1)) {
            throw new UserInputException("--val-split must be at least 0 and below 1, got " + split);
        }
        return split;
    }

    /** The network for a file of {@code rows} rows. */
    BundleTrainer.NetworkChoice network(int rows) {
        return new BundleTrainer.NetworkChoice(hidden(rows), activation(), bias(), dropout(), 0.0);
    }

    /** The training configuration for a file of {@code rows} rows. */
    TrainConfig config(int rows) {
        Optimizer chosen = optimizer != null ? optimizer : preset.optimizer();
        TrainConfig config = TrainConfig.adam(learningRate != null ? learningRate : preset.learningRate(),
                        epochs != null ? epochs : preset.epochs(), batchSize != null ? batchSize : preset.batchSize())
                .withOptimizer(chosen).withPatience(patience != null ? patience : preset.patience()).withSeed(seed);
        if (chosen == Optimizer.SGD) {
            config = config.withMomentum(SGD_MOMENTUM, false);
        }
        return config.withWeightDecay(weightDecay(chosen, rows));
    }

    private List<Integer> hidden(int rows) {
        if (hidden == null || hidden.trim().equalsIgnoreCase(TrainDefaults.AUTO)) {
            return hidden == null ? preset.hidden(rows) : TrainDefaults.hiddenWidths(rows);
        }
        List<Integer> widths = new ArrayList<>();
        for (String part : hidden.split(",")) {
            if (!part.isBlank()) {
                try {
                    widths.add(Integer.parseInt(part.trim()));
                } catch (NumberFormatException e) {
                    throw new UserInputException("--hidden: '" + part.trim() + "' is not a whole number; write widths"
                            + " separated by commas, e.g. --hidden 128 or --hidden 128,64, or --hidden auto");
                }
            }
        }
        if (widths.isEmpty()) {
            throw new UserInputException("--hidden needs at least one layer width, e.g. --hidden 128 or --hidden 128,64");
        }
        return widths;
    }

    private Activation activation() {
        return activation != null ? activation : preset.activation();
    }

    private double dropout() {
        return dropout != null ? dropout : preset.dropout();
    }

    private boolean bias() {
        return bias != null ? bias : preset.bias();
    }

    private boolean autoDecay() {
        return weightDecay == null ? preset.weightDecayByDataSize() : weightDecay.trim().equalsIgnoreCase(TrainDefaults.AUTO);
    }

    private double weightDecay(Optimizer chosen, int rows) {
        if (weightDecay == null) {
            return preset.weightDecay(chosen, rows);
        }
        if (chosen != Optimizer.ADAMW) {
            throw new UserInputException("--weight-decay is AdamW's decoupled weight decay, but the optimizer is "
                    + chosen.name().toLowerCase(Locale.ROOT) + "; add --optimizer adamw or leave out --weight-decay");
        }
        if (autoDecay()) {
            return TrainDefaults.weightDecay(rows);
        }
        double value;
        try {
            value = Double.parseDouble(weightDecay.trim());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new UserInputException("--weight-decay must be a number of at least 0, or auto; got '" + weightDecay + "'");
        }
        return value;
    }

    /**
     * What trains, in one line: {@code recommended preset: 512 (891 rows: below 10,000) ReLU, dropout 0.2,
     * AdamW lr 0.001, weight decay 2 (the most; (2000 / 891 rows)² is more), batch 64, early stopping after 10
     * epochs without improvement, at most 500 epochs}.
     */
    String describe(int rows) {
        TrainConfig c = config(rows);
        boolean autoWidth = hidden == null ? preset.widthByDataSize() : hidden.trim().equalsIgnoreCase(TrainDefaults.AUTO);
        StringBuilder line = new StringBuilder(preset.id()).append(" preset: ");
        line.append(autoWidth ? TrainDefaults.hiddenRule(rows)
                : hidden(rows).stream().map(String::valueOf).collect(Collectors.joining(",")));
        line.append(' ').append(activation().displayName()).append(bias() ? "" : " without bias");
        line.append(", dropout ").append(plain(dropout())).append(", ").append(switch (c.optimizer()) {
            case SGD -> "SGD";
            case ADAM -> "Adam";
            case ADAMW -> "AdamW";
        }).append(" lr ").append(plain(c.learningRate()));
        if (c.optimizer() == Optimizer.ADAMW) {
            line.append(", weight decay ").append(autoDecay() ? TrainDefaults.weightDecayRule(rows) : plain(c.weightDecay()));
        }
        line.append(", batch ").append(c.batchSize());
        return line.append(c.patience() > 0 ? ", early stopping after " + c.patience() + " epochs without improvement, at most "
                + c.epochs() + " epochs" : ", " + c.epochs() + " epochs, no early stopping").toString();
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
