package org.mlpworkbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.metrics.MetricSummary;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainDefaults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpw cv}: k-fold cross-validation; progress on stderr, the mean and spread of every metric as JSON on stdout. */
@Command(name = "cv", mixinStandardHelpOptions = true,
        description = "K-fold cross-validation with the train options (stratified for classification): each fold does "
                + "what train does with its training rows (with early stopping, --val-split of them are held out to "
                + "watch) and is scored on its held-out rows, which never choose the epoch. Progress goes to stderr; "
                + "the mean, std, min and max of each metric (and each fold's metrics) are printed as JSON.")
final class CvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Mixin
    TrainOptions options;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Number of folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--val-split", paramLabel = "FRACTION",
            description = "With early stopping, the share of each fold's training rows held out to watch the validation"
                    + " loss; 0 watches the training loss (default: " + TrainDefaults.VALIDATION_SPLIT + ").")
    Double validationShare;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        options.validate();
        if (folds < 2) {
            throw new UserInputException("--folds must be at least 2, got " + folds);
        }
        double validationSplit = options.validationSplit(validationShare);
        Table table = Inputs.csv(input.data).table();
        Recipe recipe = input.recipe(table);
        TrainConfig config = options.config(table.rowCount());
        err.println(options.describe(table.rowCount()));
        err.println(config.patience() == 0 ? "every fold trains on all its training rows"
                : validationSplit > 0 ? "early stopping watches " + Math.round(validationSplit * 100) + " % of each fold's"
                + " training rows; the held-out fold only scores"
                : "note: --val-split 0: early stopping watches each fold's training loss");
        BundleTrainer.CrossValidationReport report = BundleTrainer.crossValidate(table, recipe,
                options.network(table.rowCount()), config, validationSplit, folds,
                new BundleTrainer.CrossValidationListener() {
                    @Override
                    public void foldStarted(int fold, int count, int trainRows, int validationRows) {
                        err.printf("fold %d/%d: %d training rows, %d held out%n", fold, count, trainRows, validationRows);
                        err.flush();
                    }

                    @Override
                    public void foldFinished(int fold, Map<String, Double> metrics) {
                        StringBuilder line = new StringBuilder("  fold ").append(fold).append(':');
                        metrics.forEach((name, value) -> line.append(' ').append(name).append(' ').append(Output.number(value)));
                        err.println(line);
                        err.flush();
                    }
                });
        ObjectNode root = Output.object();
        root.put("data", input.data.toString()).put("task", report.task().label()).put("folds", report.folds().size());
        ObjectNode metrics = root.putObject("metrics");
        for (Map.Entry<String, MetricSummary> e : report.summary().entrySet()) {
            ObjectNode m = metrics.putObject(e.getKey());
            Output.putNumber(m, "mean", e.getValue().mean());
            Output.putNumber(m, "std", e.getValue().std());
            Output.putNumber(m, "min", e.getValue().min());
            Output.putNumber(m, "max", e.getValue().max());
        }
        ArrayNode perFold = root.putArray("perFold");
        report.folds().forEach(fold -> perFold.add(Output.numbers(fold)));
        Output.print(spec.commandLine().getOut(), root);
        return 0;
    }
}
