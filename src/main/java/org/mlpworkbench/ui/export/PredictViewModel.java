package org.mlpworkbench.ui.export;

import org.mlpworkbench.data.FileNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.bundle.CsvPredictor;
import org.mlpworkbench.bundle.PredictionColumns;
import org.mlpworkbench.data.CsvOptions;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

/**
 * "Predict a CSV file" of the Export step: the input file (its header read in the background, an
 * identifier-like column preselected as the ID), the output layout (full, or a Kaggle submission of
 * ID and label) and file, then one background {@link PredictJob} with progress in rows, cancel, a
 * result line and a preview of the rows written. Predictions use the selected run's bundle, so its
 * thresholds are the ones chosen in Evaluate.
 */
public final class PredictViewModel {

    /** Rows read to list the input's columns and guess its ID column. */
    static final int SAMPLE_ROWS = 200;

    private final BackgroundTasks tasks;
    private final ReadOnlyObjectProperty<RunRecord> run;
    private final ReadOnlyObjectWrapper<Path> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final ObservableList<IdChoice> idChoices = FXCollections.observableArrayList(IdChoice.NONE);
    private final ObjectProperty<IdChoice> idColumn = new SimpleObjectProperty<>(this, "idColumn", IdChoice.NONE);
    private final ObjectProperty<PredictionColumns.Format> format =
            new SimpleObjectProperty<>(this, "format", PredictionColumns.Format.FULL);
    private final ReadOnlyObjectWrapper<Path> output = new ReadOnlyObjectWrapper<>(this, "output");
    private final ReadOnlyStringWrapper inputNote = new ReadOnlyStringWrapper(this, "inputNote", "");
    private final ReadOnlyBooleanWrapper columnsKnown = new ReadOnlyBooleanWrapper(this, "columnsKnown");
    private final PredictionProgress progress;
    private final StringBinding blocker;
    private final BooleanBinding canPredict;
    private List<String> inputColumns = List.of();
    private boolean outputSuggested;
    private int chunkRows = CsvPredictor.DEFAULT_CHUNK_ROWS;
    private final LatestJob columnRead = new LatestJob();

    PredictViewModel(BackgroundTasks tasks, ReadOnlyObjectProperty<RunRecord> run) {
        this.tasks = tasks;
        this.run = run;
        this.progress = new PredictionProgress(tasks);
        blocker = Bindings.createStringBinding(this::whatIsMissing, run, input, columnsKnown, output, format, idColumn,
                progress.runningProperty());
        canPredict = Bindings.createBooleanBinding(() -> blocker.get().isEmpty(), blocker);
        run.addListener((obs, old, now) -> checkColumns());
        format.addListener((obs, old, now) -> {
            if (outputSuggested && input.get() != null) {
                suggestOutput();
            }
        });
    }

    private String whatIsMissing() {
        if (progress.runningProperty().get()) {
            return "A prediction is running.";
        }
        if (run.get() == null) {
            return "Train a model first.";
        }
        if (input.get() == null) {
            return "Choose a CSV file to predict.";
        }
        if (!columnsKnown.get()) {
            return "Reading the columns of " + input.get().getFileName() + "…";
        }
        if (format.get() == PredictionColumns.Format.KAGGLE && idColumn.get().column() == null) {
            return "A Kaggle submission needs an ID column, e.g. PassengerId.";
        }
        if (output.get() == null) {
            return "Choose the output file.";
        }
        return "";
    }

    /** Takes {@code file} as the input and reads its columns in the background. */
    public void chooseInput(Path file) {
        input.set(file);
        columnsKnown.set(false);
        inputColumns = List.of();
        idChoices.setAll(IdChoice.NONE);
        idColumn.set(IdChoice.NONE);
        inputNote.set("Reading the columns of " + file.getFileName() + "…");
        if (output.get() == null || outputSuggested) {
            suggestOutput();
        }
        tasks.job("Reading the columns of " + file.getFileName(),
                        context -> CsvReader.read(file, CsvOptions.defaults().withMaxRows(SAMPLE_ROWS)).table())
                .latestIn(columnRead)
                .onSuccess(this::columnsRead)
                .onFailure(error -> {
                    input.set(null);
                    inputNote.set("");
                })
                .reportFailure(error -> new Problem("Cannot read file", file.getFileName() + " could not be read",
                        ExportTexts.describe(error)))
                .start();
    }

    private void columnsRead(Table sample) {
        inputColumns = sample.columnNames();
        List<IdChoice> choices = new ArrayList<>();
        choices.add(IdChoice.NONE);
        inputColumns.forEach(c -> choices.add(new IdChoice(c)));
        idChoices.setAll(choices);
        idColumn.set(IdColumns.guess(sample).map(IdChoice::new).orElse(IdChoice.NONE));
        columnsKnown.set(true);
        checkColumns();
    }

    /** Says which columns the selected model needs that the input lacks (predicting would then fail). */
    private void checkColumns() {
        if (input.get() == null || !columnsKnown.get()) {
            return;
        }
        String name = FileNames.name(input.get());
        List<String> missing = run.get() == null ? List.of() : run.get().recipe().requiredColumns().stream()
                .filter(c -> !inputColumns.contains(c)).toList();
        inputNote.set(missing.isEmpty() ? name + ": " + inputColumns.size() + " columns, all the model's inputs present"
                : name + " lacks " + String.join(", ", missing) + ", which the model needs: predicting will fail.");
    }

    private void suggestOutput() {
        Path in = input.get();
        String stem = FileNames.name(in).replaceFirst("(?i)\\.(csv|tsv|txt)(\\.gz)?$", "");
        String name = format.get() == PredictionColumns.Format.KAGGLE ? "submission.csv" : stem + "-predictions.csv";
        output.set(SampleFiles.outputFolder(FileNames.folderOf(in)).resolve(name));
        outputSuggested = true;
    }

    /** Sets the file the predictions are written to. */
    public void setOutput(Path file) {
        output.set(file);
        outputSuggested = false;
    }

    /** Predicts the input with the selected run's model in the background. */
    public void predict() {
        if (!canPredict.get()) {
            return;
        }
        Path in = input.get();
        Path out = output.get();
        if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
            tasks.problems().report(new Problem("Cannot predict", "The output is the input file",
                    "Writing the predictions to " + out + " would replace the data being predicted. Choose another output file."));
            return;
        }
        RunRecord chosen = run.get();
        List<String> ids = idColumn.get().column() == null ? List.of() : List.of(idColumn.get().column());
        CsvPredictor.Options options = new CsvPredictor.Options(ids, format.get(), null, chunkRows);
        progress.start(chosen.bundleSnapshot(), chosen.name(), in, out, options);
    }

    /** Asks a running prediction to stop; it leaves no output file. */
    public void cancel() {
        progress.cancel();
    }

    /** Rows read and predicted at a time (tests use small blocks to cancel between them). */
    void setChunkRows(int rows) {
        this.chunkRows = rows;
    }

    public ReadOnlyObjectProperty<Path> inputProperty() {
        return input.getReadOnlyProperty();
    }

    /** "none" and every column of the input. */
    public ObservableList<IdChoice> idChoices() {
        return idChoices;
    }

    public ObjectProperty<IdChoice> idColumnProperty() {
        return idColumn;
    }

    public ObjectProperty<PredictionColumns.Format> formatProperty() {
        return format;
    }

    public ReadOnlyObjectProperty<Path> outputProperty() {
        return output.getReadOnlyProperty();
    }

    /** What was learned from the input's header, e.g. that it lacks a column the model needs. */
    public ReadOnlyStringProperty inputNoteProperty() {
        return inputNote.getReadOnlyProperty();
    }

    /** Why Predict is disabled, in a sentence; empty when it is enabled. */
    public StringBinding blocker() {
        return blocker;
    }

    public BooleanBinding canPredict() {
        return canPredict;
    }

    /** The prediction running or last run: progress, result line, preview. */
    public PredictionProgress progress() {
        return progress;
    }
}
