package org.mlpworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.CsvPredictor;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.PredictionColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpw predict}: predictions for every row of a CSV file, written as CSV. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Predict every row of a CSV file with a saved model and write a CSV.",
                "%n  full:   the --id columns, p(<output>) per output, then the label column(s)"
                        + " (regression: the predicted values).",
                "  kaggle: the --id columns and the label column(s) only, e.g. PassengerId,Survived with 0/1.%n"})
final class PredictCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model bundle (folder or .zip).")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file to predict.")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the predictions (CSV).")
    Path out;

    @Option(names = "--id", split = ",", paramLabel = "COL", description = "Column(s) copied to every output row, e.g. PassengerId.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "full",
            description = "full or kaggle (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Decision threshold for every output of a binary or multi-label model (default: the model's own).")
    Double threshold;

    @Option(names = "--chunk-rows", paramLabel = "N", defaultValue = "" + CsvPredictor.DEFAULT_CHUNK_ROWS,
            description = "Rows read and predicted at a time; bounds memory for large files (default: ${DEFAULT-VALUE}).")
    int chunkRows;

    @Override
    public Integer call() throws Exception {
        PredictionColumns.Format chosen = switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "full" -> PredictionColumns.Format.FULL;
            case "kaggle" -> PredictionColumns.Format.KAGGLE;
            default -> throw new UserInputException("--format must be full or kaggle, not '" + format + "'");
        };
        Inputs.checkData(data);
        Inputs.checkOutput(out, model);
        ModelBundle bundle = Inputs.model(model);
        CsvPredictor.Options options = new CsvPredictor.Options(ids, chosen, EvaluateCommand.thresholds(bundle, threshold), chunkRows);
        CsvPredictor.Summary summary = CsvPredictor.predict(bundle, data, out, options, CsvPredictor.Listener.NONE);
        spec.commandLine().getOut().printf("wrote %d predictions to %s (%s)%n", summary.rows(), out, String.join(",", summary.header()));
        return 0;
    }
}
