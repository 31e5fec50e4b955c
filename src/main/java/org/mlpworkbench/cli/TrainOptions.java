package org.mlpworkbench.cli;

import org.mlpworkbench.train.TrainDefaults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.DefaultRecipe;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainConfig;
import picocli.CommandLine.Option;

/**
 * The options {@code train} and {@code cv} share. Defaults are those of the app's training form:
 * one hidden layer of 128 ReLU units with bias, no dropout, Adam at 0.001, 50 epochs, batch 64,
 * no early stopping, seed 42 (SGD uses momentum 0.9); columns are dropped and encoded as the app
 * proposes for the file.
 */
final class TrainOptions {
    static final double SGD_MOMENTUM = Double.parseDouble(TrainDefaults.SGD_MOMENTUM);

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Training CSV file.")
    Path data;

    @Option(names = "--target", required = true, split = ",", paramLabel = "COL",
            description = "Target column(s), comma-separated (several 0/1 columns: multi-label).")
    List<String> targets;

    @Option(names = "--task", paramLabel = "TASK", converter = Converters.TaskConverter.class,
            description = "binary, multiclass, multilabel or regression (default: inferred from the target).")
    Task task;

    @Option(names = "--drop", split = ",", paramLabel = "COL",
            description = "Columns to leave out, in addition to those dropped by default (identifiers, free text).")
    List<String> drop = new ArrayList<>();

    @Option(names = "--hidden", split = ",", paramLabel = "N", defaultValue = TrainDefaults.HIDDEN_LAYERS,
            description = "Hidden layer widths, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> hidden;

    @Option(names = "--activation", paramLabel = "NAME", defaultValue = "relu", converter = Converters.ActivationConverter.class,
            description = "Hidden activation: relu, leaky-relu, tanh, sigmoid, gelu, elu (default: ${DEFAULT-VALUE}).")
    Activation activation;

    @Option(names = "--dropout", paramLabel = "RATE", defaultValue = TrainDefaults.DROPOUT, description = "Dropout after each hidden layer (default: ${DEFAULT-VALUE}).")
    double dropout;

    @Option(names = "--no-bias", description = "Layers without bias terms.")
    boolean noBias;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = TrainDefaults.EPOCHS, description = "Epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = TrainDefaults.BATCH_SIZE, description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = TrainDefaults.LEARNING_RATE, description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--optimizer", paramLabel = "NAME", defaultValue = "adam", converter = Converters.OptimizerConverter.class,
            description = "adam, adamw or sgd (SGD with momentum 0.9) (default: ${DEFAULT-VALUE}).")
    Optimizer optimizer;

    @Option(names = "--seed", paramLabel = "N", defaultValue = TrainDefaults.SEED,
            description = "Seed of the split, the initial weights, shuffling and dropout (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--early-stopping", paramLabel = "N", defaultValue = "0",
            description = "Stop after N epochs without improvement of the validation loss; 0 = off (default: ${DEFAULT-VALUE}).")
    int patience;

    /** Checks every option that does not depend on the data, so a mistake is reported before any work. */
    void validate() {
        config();
        if (hidden.isEmpty()) {
            throw new UserInputException("--hidden needs at least one layer width, e.g. --hidden 128 or --hidden 128,64");
        }
        long least = hidden.stream().allMatch(w -> w != null && w > 0) ? MlpSpec.parameterCount(1, hidden, 1, !noBias) : 0;
        if (least > MlpSpec.MAX_PARAMETERS) {
            throw new UserInputException("--hidden " + hidden.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ": even with one input and one output the network would have "
                    + String.format(Locale.ROOT, "%,d", least) + " parameters (" + MlpSpec.gigabytes(least * (double) Float.BYTES)
                    + " of float32 weights); one network holds at most "
                    + String.format(Locale.ROOT, "%,d", MlpSpec.MAX_PARAMETERS) + " — choose smaller hidden layers");
        }
        MlpSpec.forTask(TaskKind.BINARY, 1, hidden, 1).withActivation(activation).withDropout(dropout);
    }

    /** Refuses a validation share outside [0, 1). */
    void checkValidationSplit(double validationSplit) {
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new UserInputException("--val-split must be at least 0 and below 1, got " + validationSplit);
        }
    }

    BundleTrainer.NetworkChoice network() {
        return new BundleTrainer.NetworkChoice(hidden, activation, !noBias, dropout, 0.0);
    }

    TrainConfig config() {
        TrainConfig config = TrainConfig.adam(learningRate, epochs, batchSize).withOptimizer(optimizer)
                .withPatience(patience).withSeed(seed);
        return optimizer == Optimizer.SGD ? config.withMomentum(SGD_MOMENTUM, false) : config;
    }

    /** The app's default recipe for these targets, with the task and the extra drops applied. */
    Recipe recipe(Table table) {
        for (String column : targets) {
            table.column(column);
        }
        for (String column : drop) {
            table.column(column);
            if (targets.contains(column)) {
                throw new UserInputException("--drop: '" + column + "' is a target column");
            }
        }
        Recipe recipe = defaults(table).recipe();
        if (task != null) {
            recipe = recipe.withTask(task);
        }
        for (String column : drop) {
            recipe = recipe.withStep(column, ColumnStep.DROP);
        }
        return recipe;
    }

    /** Each column that is not used, with the reason ("dropped by --drop" for the user's own drops). */
    Map<String, String> dropped(Table table, Recipe recipe) {
        Map<String, String> reasons = new LinkedHashMap<>();
        DefaultRecipe defaults = defaults(table);
        for (String column : table.columnNames()) {
            if (!targets.contains(column) && recipe.step(column) instanceof ColumnStep.Drop) {
                reasons.put(column, drop.contains(column) ? "dropped by --drop" : defaults.reason(column));
            }
        }
        return reasons;
    }

    private DefaultRecipe defaults(Table table) {
        return Recipe.defaults(table, targets);
    }
}
