package org.mlpworkbench.ui.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlpworkbench.bundle.CsvPredictor;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

/**
 * One prediction of a CSV file at a time, in the background ({@link PredictJob}): whether it runs, the share
 * of the input read and the rows written so far, how the last one ended, and the first rows it wrote.
 */
public final class PredictionProgress {

    private final BackgroundTasks tasks;
    private final LatestJob job = new LatestJob();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyObjectWrapper<PredictionPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    PredictionProgress(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Predicts {@code in} into {@code out} with the bundle (built in the job) of the run called {@code runName}. */
    void start(Supplier<ModelBundle> bundle, String runName, Path in, Path out, CsvPredictor.Options options) {
        running.set(true);
        progress.set(0);
        result.set("");
        preview.set(null);
        progressText.set("Predicting " + in.getFileName() + " with " + runName + "…");
        tasks.jobWithUpdates("Predicting " + in.getFileName(), new PredictJob(bundle, in, out, options))
                .latestIn(job)
                .onUpdates(0, updates -> {
                    CsvPredictor.Progress p = updates.get(updates.size() - 1);
                    progress.set(p.totalBytes() == 0 ? 0 : (double) p.bytesRead() / p.totalBytes());
                    progressText.set(ExportTexts.count(p.rowsWritten()) + " rows written…");
                })
                .onSuccess(r -> {
                    running.set(false);
                    progress.set(1);
                    String line = ExportTexts.count(r.summary().rows()) + " predictions written to "
                            + r.output().getFileName() + " (" + ExportTexts.size(r.bytes()) + ", "
                            + String.format(Locale.ROOT, "%.1f s", r.millis() / 1000.0) + ")";
                    progressText.set("");
                    result.set(line);
                    preview.set(r.preview());
                    tasks.monitor().announce(line);
                })
                .onFailure(error -> ended("Prediction failed; no file was written."))
                .reportFailure(error -> new Problem("Cannot predict", in.getFileName() + " could not be predicted",
                        ExportTexts.describe(error, out)))
                .onCancelled(() -> ended("Prediction cancelled; no file was written."))
                .start();
    }

    private void ended(String line) {
        running.set(false);
        progress.set(0);
        progressText.set("");
        result.set(line);
        tasks.monitor().announce(line);
    }

    /** Asks a running prediction to stop; it leaves no output file. */
    public void cancel() {
        job.cancel();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Share of the input read: 0 while idle, 1 when done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Rows written so far, while running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** How the last run ended, e.g. "418 predictions written to submission.csv (3.2 KB, 0.1 s)". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The first rows of the last file written; null before the first success. */
    public ReadOnlyObjectProperty<PredictionPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
