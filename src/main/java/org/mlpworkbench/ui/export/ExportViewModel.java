package org.mlpworkbench.ui.export;

import org.mlpworkbench.data.FileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.ModelCard;
import org.mlpworkbench.bundle.WeightExport;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunChoice;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

/**
 * State and commands of the Export step: which run leaves (runs with a model, newest first, the
 * latest selected by default), its {@link RunSummary} kept current as thresholds change in Evaluate,
 * and the writes — a model bundle ({@link ModelBundle#save}, as {@code mlpw train --out} writes it)
 * and an export ({@link WeightExport#write}, as {@code mlpw export}: by default the end-to-end ONNX model;
 * every export gets its {@code MODEL.md} card beside it) — each one background job
 * ending in a result line or a {@link Problem}. Prediction of a CSV file is {@link #prediction()}.
 * Paths come from the caller (the view asks an {@link ExportFiles}), so everything here is testable
 * without the toolkit.
 */
public final class ExportViewModel {

    private final WorkbenchModel model;
    private final BackgroundTasks tasks;
    private final RunChoice choice;
    private final ObjectProperty<RunRecord> selectedRun;
    private final ReadOnlyObjectWrapper<RunSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObjectProperty<WeightExport.Format> weightsFormat =
            new SimpleObjectProperty<>(this, "weightsFormat", WeightExport.Format.ONNX);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding canWrite;
    private final InvalidationListener thresholdsChanged = obs -> summaryInputsChanged();
    private boolean showing = true;
    private boolean stale;
    private final PredictViewModel prediction;
    private final LatestJob summarizing = new LatestJob();

    public ExportViewModel(WorkbenchModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
        this.choice = new RunChoice(model, true);
        this.selectedRun = choice.chosenProperty();
        this.canWrite = Bindings.createBooleanBinding(() -> selectedRun.get() != null && !busy.get(), selectedRun, busy);
        this.prediction = new PredictViewModel(tasks, selectedRun);
        if (selectedRun.get() != null) {
            selectedRun.get().thresholdsProperty().addListener(thresholdsChanged);
        }
        selectedRun.addListener((obs, old, now) -> {
            if (old != null) {
                old.thresholdsProperty().removeListener(thresholdsChanged);
            }
            if (now != null) {
                now.thresholdsProperty().addListener(thresholdsChanged);
            }
            summaryInputsChanged();
        });
        summaryInputsChanged();
    }

    /**
     * Whether the summary is on screen. While it is not, a new run or new thresholds (a slider dragged in
     * Evaluate) only mark it stale, so they cost nothing here; it is brought up to date when shown.
     */
    public void setShowing(boolean shown) {
        showing = shown;
        if (shown && stale) {
            summarize();
        }
    }

    private void summaryInputsChanged() {
        if (showing) {
            summarize();
        } else {
            stale = true;
        }
    }

    private void summarize() {
        stale = false;
        RunRecord run = selectedRun.get();
        if (run == null) {
            summarizing.cancel();
            summary.set(null);
            return;
        }
        Supplier<ModelBundle> bundle = run.bundleSnapshot();
        String network = run.spec().describe();
        DataSet data = run.preparation().data();
        int validationRows = run.validationRows();
        int trainRows = run.trainRows();
        tasks.job("Summarizing " + run.name(), context -> RunSummary.of(network, data, bundle.get(), validationRows, trainRows))
                .latestIn(summarizing)
                .onSuccess(summary::set)
                .start();
    }

    /** Saves the selected run as a bundle: a folder, or a zip when {@code target} ends in {@code .zip}. */
    public void saveBundle(Path target) {
        RunRecord run = selectedRun.get();
        if (!canWrite.get()) {
            return;
        }
        Supplier<ModelBundle> bundle = run.bundleSnapshot();
        boolean zip = FileNames.name(target).toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
        write("Saving " + run.name() + " as a bundle", () -> {
            ModelBundle.checkTarget(target);
            bundle.get().save(target);
            return "Saved " + run.name() + " as a model bundle: " + target + " (" + (zip ? "zip, " + ExportTexts.size(Files.size(target))
                    : "folder, " + folderSize(target)) + ")";
        }, "Cannot save the model bundle", target);
    }

    /** Writes the selected run's model to {@code target} as {@code format}, and its model card beside it. */
    public void exportWeights(WeightExport.Format format, Path target) {
        RunRecord run = selectedRun.get();
        if (!canWrite.get()) {
            return;
        }
        Supplier<ModelBundle> bundle = run.bundleSnapshot();
        String name = ExportTexts.formatName(format);
        write("Exporting " + run.name() + " as " + name, () -> {
            WeightExport.write(bundle.get(), format, target);
            return "Exported " + run.name() + " as " + name + ": " + target + " (" + ExportTexts.size(Files.size(target))
                    + "), with its model card " + ModelCard.besideExport(target).getFileName();
        }, "Cannot export the weights", target);
    }

    /** A write that ends in a sentence. */
    private interface Write {
        String run() throws Exception;
    }

    private void write(String title, Write work, String failure, Path target) {
        busy.set(true);
        message.set(title + "…");
        tasks.job(title, context -> work.run())
                .onEnd(() -> busy.set(false))
                .onSuccess(line -> {
                    message.set(line);
                    tasks.monitor().announce(line);
                })
                .onFailure(error -> message.set(failure + ": nothing was written."))
                .reportFailure(error -> new Problem(failure, target.getFileName() + " could not be written",
                        ExportTexts.describe(error, target)))
                .start();
    }

    private static String folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path f : regular) {
                bytes += Files.size(f);
            }
            return regular.size() + " files, " + ExportTexts.size(bytes);
        }
    }

    /** A file name for the selected run's exports, e.g. "train-run2". */
    public String suggestedName() {
        RunRecord run = selectedRun.get();
        if (run == null) {
            return "model";
        }
        String data = run.preparation().data().name().replaceFirst("(?i)\\.(csv|tsv|txt)$", "");
        return data + "-run" + run.number();
    }

    /** The runs that have a model, newest first. */
    public ObservableList<RunRecord> runs() {
        return choice.runs();
    }

    public ObjectProperty<RunRecord> selectedRunProperty() {
        return selectedRun;
    }

    /** The selected run's summary (null when there is none), updated when its thresholds change. */
    public ReadOnlyObjectProperty<RunSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<WeightExport.Format> weightsFormatProperty() {
        return weightsFormat;
    }

    /** True while a bundle or weights are being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when a run is selected and nothing is being written. */
    public BooleanBinding canWrite() {
        return canWrite;
    }

    /** How the last save or export ended, e.g. "Exported Run 1 as ONNX: /tmp/titanic.onnx (66.9 KB)". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Predicting a CSV file with the selected run. */
    public PredictViewModel prediction() {
        return prediction;
    }
}
