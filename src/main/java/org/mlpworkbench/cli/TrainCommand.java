package org.mlpworkbench.cli;

import org.mlpworkbench.train.TrainDefaults;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.Sha256;
import org.mlpworkbench.bundle.TrainingRecord;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainingControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mlpw train}: trains with the app's defaults for anything not given, one line per epoch, and saves the bundle. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on a CSV file and save it as a model bundle. Prints one line per epoch, then the "
                + "validation metrics. Anything not given takes the app's default; columns are dropped and encoded as "
                + "the app proposes.")
final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    TrainOptions options;

    @Option(names = "--val-split", paramLabel = "FRACTION",
            description = "Share of rows held out for validation, early stopping and the final metrics; 0 trains on all"
                    + " rows (default: " + TrainDefaults.VALIDATION_SPLIT + ").")
    Double validationShare;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to save the model: a folder, or a .zip file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        options.validate();
        double validationSplit = options.validationSplit(validationShare);
        ModelBundle.checkTarget(out);
        LoadedTable loaded = Inputs.csv(input.data);
        Table table = loaded.table();
        Recipe recipe = input.recipe(table);
        stdout.printf("%s: %d rows, %d columns (%s)%n", input.data.getFileName(), table.rowCount(), table.columnCount(),
                loaded.dialect().describe());
        for (Map.Entry<String, String> e : input.dropped(table, recipe).entrySet()) {
            stdout.printf("  %s: %s%n", e.getKey(), e.getValue());
        }
        TrainConfig config = options.config(table.rowCount());
        stdout.println(options.describe(table.rowCount()));
        if (config.patience() > 0 && validationSplit == 0) {
            stdout.println("note: --val-split 0 holds no rows out, so early stopping watches the training loss: it stops"
                    + " when training stops improving, not when the model starts to overfit (--early-stopping 0 turns it"
                    + " off, --epochs sets how long to train)");
        }
        TrainingRecord.TrainingData data = new TrainingRecord.TrainingData(String.valueOf(input.data.getFileName()),
                table.rowCount(), Sha256.of(input.data));
        int epochs = config.epochs();
        TrainedRun.Listener progress = new TrainedRun.Listener() {
            @Override
            public void onEpoch(EpochStats e) {
                stdout.println(epochLine(e, epochs));
                stdout.flush();
            }
        };
        ModelBundle bundle = BundleTrainer.train(table, recipe, options.network(table.rowCount()), config, validationSplit,
                data, progress, TrainingControl.NONE);
        TrainingRecord record = bundle.training();
        if (record.stopReason() == StopReason.DIVERGED && record.history().isEmpty()) {
            throw new UserInputException("training diverged in epoch 1 (the loss became NaN, infinite or a million times"
                    + " its first value) before any epoch ended, so there are no trained weights; nothing was saved."
                    + " Try a lower --lr (now " + config.learningRate() + ")");
        }
        stdout.printf("%s: %s, %d epochs (best %d), %s%n", bundle.model().spec().describe(), bundle.recipe().summary(
                bundle.recipe().fittedRows()), record.history().size(), record.bestEpoch(),
                record.stopReason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        StringBuilder metrics = new StringBuilder(validationSplit > 0 ? "validation:" : "training rows:");
        record.metrics().forEach((name, value) -> metrics.append(' ').append(name).append(' ').append(Output.number(value)));
        stdout.println(metrics);
        if (record.stopReason() == StopReason.DIVERGED) {
            stdout.printf("training diverged in epoch %d (try a lower --lr); the model saved has the weights from the end"
                    + " of epoch %d, the last whose loss was finite%n", record.history().size() + 1, record.history().size());
        }
        bundle.save(out);
        stdout.println("saved " + out);
        return 0;
    }

    /** {@code epoch 3/50  loss 0.4821  val_loss 0.4602  accuracy@0.5 0.7812  val_accuracy@0.5 0.7921  12 ms}. */
    static String epochLine(EpochStats e, int epochs) {
        StringBuilder line = new StringBuilder();
        line.append("epoch ").append(e.epoch()).append('/').append(epochs);
        line.append("  loss ").append(Output.number(e.trainLoss()));
        if (e.hasValidation()) {
            line.append("  val_loss ").append(Output.number(e.validationLoss()));
        }
        line.append("  ").append(e.metricName()).append(' ').append(Output.number(e.trainMetric()));
        if (e.hasValidation()) {
            line.append("  val_").append(e.metricName()).append(' ').append(Output.number(e.validationMetric()));
        }
        line.append("  ").append(e.elapsedMillis()).append(" ms elapsed");
        return line.toString();
    }
}
