package org.mlpworkbench.ui.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.train.TrainForm;

/**
 * Takes the snapshot of a session that a project file holds (on the UI thread; cheap — the models
 * are referenced, not copied, and their bundles are built later by {@link #buildModels}, in the save's
 * background job): the document and the model bundle of every ended run that has one,
 * with the runs an opened project set aside put back in number order.
 * Runs still training are left out and named in {@link #skipped()}.
 */
record ProjectCapture(ProjectDocument document, Map<Integer, Supplier<ModelBundle>> models, List<String> skipped) {

    /**
     * @param projectFile where the project will be written (data paths are stored relative to its folder)
     * @param recipe      the Prepare step's current choices, or null
     * @param step        the step shown
     * @param setAside    runs an opened project could not restore; written back unchanged
     * @throws IllegalStateException when no data is loaded (there is nothing to save)
     */
    static ProjectCapture of(Path projectFile, WorkbenchModel model, Recipe recipe, TrainForm form, Step step,
            List<ProjectRestore.SetAside> setAside) {
        DataSet data = model.data();
        if (data == null) {
            throw new IllegalStateException("Nothing to save yet: load a CSV file first.");
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (Column c : data.table().columns()) {
            types.put(c.name(), c.type());
        }
        Path absolute = data.file().toAbsolutePath().normalize();
        ProjectDocument.DataRef ref = new ProjectDocument.DataRef(relative(projectFile, absolute), absolute.toString(),
                data.sha256(), data.table().rowCount(), types);
        List<ProjectDocument.RunEntry> runs = new ArrayList<>();
        Map<Integer, Supplier<ModelBundle>> models = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (RunRecord run : model.runs()) {
            if (run.statusProperty().get().isActive()) {
                skipped.add(run.name());
                continue;
            }
            boolean hasModel = run.hasModel();
            if (hasModel) {
                models.put(run.number(), run.bundleSnapshot());
            }
            DataSet runData = run.preparation().data();
            runs.add(new ProjectDocument.RunEntry(run.number(), run.settings(),
                    runData.file().toAbsolutePath().normalize().toString(), runData.sha256(), run.preparation().recipe(),
                    run.statusProperty().get(), run.messageProperty().get(), run.trainRows(), run.validationRows(),
                    run.finishedAt(), run.thresholdsProperty().get(), run.curves().epochs(), run.curves().batchLoss(), hasModel,
                    run.crossValidationProperty().get(), run.costs().get()));
        }
        for (ProjectRestore.SetAside kept : setAside) {
            runs.add(kept.entry());
            if (kept.model() != null) {
                ModelBundle bundle = kept.model();
                models.put(kept.entry().number(), () -> bundle);
            }
        }
        runs.sort(Comparator.comparingInt(ProjectDocument.RunEntry::number));
        RunRecord latest = model.lastModelRunProperty().get();
        int latestNumber = latest != null && models.containsKey(latest.number()) ? latest.number() : 0;
        return new ProjectCapture(new ProjectDocument(ref, recipe, FormValues.capture(form), runs, latestNumber, step,
                model.tune()),
                models, skipped);
    }

    /** Builds every run's model bundle with its validation metrics: in the save's background job. */
    Map<Integer, ModelBundle> buildModels() {
        Map<Integer, ModelBundle> built = new LinkedHashMap<>();
        models.forEach((number, bundle) -> built.put(number, bundle.get()));
        return built;
    }

    /** {@code data} relative to the project's folder, with '/' separators; null when it has no relative path (another drive). */
    static String relative(Path projectFile, Path data) {
        Path folder = FileNames.folderOf(projectFile.toAbsolutePath().normalize());
        try {
            return folder.relativize(data).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
