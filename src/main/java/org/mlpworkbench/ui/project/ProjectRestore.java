package org.mlpworkbench.ui.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.TrainingRecord;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.prep.Split;
import org.mlpworkbench.prep.Splits;
import org.mlpworkbench.train.TrainingResult;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.bundle.ScoredRows;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.Job;
import org.mlpworkbench.ui.task.JobContext;

/**
 * Re-creates a project's runs. The background part ({@link #run}) finds each run's data — the loaded
 * project data when the SHA-256 matches, else the file the run was trained on — and, when that data
 * is byte-for-byte what the run saw, recomputes its held-out validation rows deterministically: the
 * same split (seed, validation share, the run's recipe) prepared by the run's own fitted recipe. When
 * the data differs, the run keeps its model and curves but has no validation rows, and a warning says
 * so. {@link #toRecord} then builds the ended {@link RunRecord} on the UI thread.
 */
final class ProjectRestore implements Job<ProjectRestore.Result> {

    /**
     * A run ready to become a record: its entry, preparation, model (or null) and the rows its metrics are
     * computed on (its validation rows, or all rows when it held none out), scored — or null.
     */
    record RestoredRun(ProjectDocument.RunEntry entry, Preparation preparation, ModelBundle model, ScoredRows scored) {
    }

    /**
     * A run that cannot be restored now (its data file is gone or no longer fits its recipe): its entry and
     * model are carried unchanged into the next save, so reopening once the file is back restores it.
     */
    record SetAside(ProjectDocument.RunEntry entry, ModelBundle model) {
    }

    /** The runs that could be restored, those set aside, and a sentence for everything the user should know. */
    record Result(List<RestoredRun> runs, List<SetAside> setAside, List<String> warnings) {
    }

    private record FitKey(String sha256, Recipe recipe) {
    }

    private static final String KEPT = "It is not shown, but saving keeps it in the project file, so it comes "
            + "back once its data is usable again.";

    private final ProjectFile.Opened opened;
    private final DataSet data;

    ProjectRestore(ProjectFile.Opened opened, DataSet data) {
        this.opened = opened;
        this.data = data;
    }

    @Override
    public Result run(JobContext context) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<Path, DataSet> otherFiles = new HashMap<>();
        Map<FitKey, FittedRecipe> fits = new HashMap<>();
        List<RestoredRun> runs = new ArrayList<>();
        List<SetAside> setAside = new ArrayList<>();
        List<ProjectDocument.RunEntry> entries = opened.document().runs();
        for (int i = 0; i < entries.size(); i++) {
            context.throwIfCancelled();
            context.progress(i, entries.size());
            ProjectDocument.RunEntry e = entries.get(i);
            context.message("Restoring Run " + e.number());
            ModelBundle model = opened.models().get(e.number());
            DataSet runData = dataOf(e, otherFiles, warnings);
            if (runData == null) {
                setAside.add(new SetAside(e, model));
                continue;
            }
            FittedRecipe onAllRows = fits.computeIfAbsent(new FitKey(runData.sha256(), e.recipe()),
                    k -> fitOrNull(runData, k.recipe()));
            if (onAllRows == null) {
                onAllRows = model == null ? null : model.recipe();
            }
            if (onAllRows == null) {
                warnings.add("Run " + e.number() + " is set aside: its recipe no longer fits " + runData.name() + ". "
                        + KEPT);
                setAside.add(new SetAside(e, model));
                continue;
            }
            boolean sameData = runData.sha256().equals(e.dataSha256());
            Prepared validation = null;
            if (model != null && sameData && e.validationRows() > 0) {
                validation = validation(runData, e, model.recipe(), warnings);
            } else if (model != null && e.validationRows() > 0) {
                warnings.add("Run " + e.number() + ": " + runData.name() + " has changed since the run was trained, so "
                        + "its validation rows cannot be recomputed; its model and curves are kept.");
            }
            Prepared scored = validation != null || !sameData || e.validationRows() > 0 || model == null ? validation
                    : model.recipe().apply(runData.table());
            runs.add(new RestoredRun(e, new Preparation(runData, e.recipe(), onAllRows), model,
                    model == null ? null : ScoredRows.score(model.model(), model.recipe(), scored)));
        }
        return new Result(runs, setAside, warnings);
    }

    private DataSet dataOf(ProjectDocument.RunEntry e, Map<Path, DataSet> otherFiles, List<String> warnings)
            throws IOException {
        Path file = Path.of(e.dataFile());
        if (e.dataSha256().equals(data.sha256()) || file.equals(Path.of(opened.document().data().absolutePath()))) {
            return data;
        }
        if (!otherFiles.containsKey(file)) {
            String refused = ProjectDataFiles.refusal(file);
            if (refused != null) {
                warnings.add("Run " + e.number() + " is set aside: it was trained on " + file + ", which the project does "
                        + "not open by itself: " + refused + ". " + KEPT);
                return null;
            }
            if (!Files.isRegularFile(file)) {
                warnings.add("Run " + e.number() + " is set aside: it was trained on " + file + ", which no longer "
                        + "exists. " + KEPT);
                return null;
            }
            try {
                otherFiles.put(file, DataSet.load(file));
            } catch (CsvException ex) {
                warnings.add("Run " + e.number() + " is set aside: " + ex.getMessage() + " " + KEPT);
                return null;
            }
        }
        return otherFiles.get(file);
    }

    private static FittedRecipe fitOrNull(DataSet data, Recipe recipe) {
        try {
            return RecipeFitter.fit(data.table(), recipe);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Prepared validation(DataSet data, ProjectDocument.RunEntry e, FittedRecipe fitted, List<String> warnings) {
        try {
            Split split = Splits.trainValidation(data.table(), e.recipe(), e.settings().validationShare(),
                    e.settings().config().seed());
            Prepared rows = fitted.apply(data.table(), split.validation());
            return rows.features().rows() == 0 ? null : rows;
        } catch (IllegalArgumentException ex) {
            warnings.add("Run " + e.number() + ": its validation rows could not be recomputed (" + ex.getMessage() + ").");
            return null;
        }
    }

    /** The ended run (UI thread): curves, status and message, model, recipe, validation rows, thresholds and costs. */
    static RunRecord toRecord(RestoredRun r) {
        ProjectDocument.RunEntry e = r.entry();
        ModelBundle model = r.model();
        RunRecord run = new RunRecord(e.number(), r.preparation(), e.settings());
        run.started(model == null ? null : model.model().spec(), e.trainRows(), e.validationRows());
        run.curves().addEpochs(e.history());
        run.curves().batchLoss().setAll(e.batchLoss());
        Instant finished = e.finishedAt() != null ? e.finishedAt() : Instant.now();
        if (model == null) {
            run.endWithoutModel(e.status(), e.message(), finished);
        } else {
            TrainingRecord t = model.training();
            run.finish(new TrainedRun(model.recipe(), new TrainingResult(model.model(), t.history(), t.bestEpoch(),
                    t.stopReason(), e.message()), r.scored(), e.validationRows() > 0), finished);
            if (e.thresholds().size() == run.thresholdsProperty().get().size()) {
                run.setThresholds(e.thresholds());
            }
            if (e.costs().size() == run.thresholdsProperty().get().size()) {
                run.costs().set(e.costs());
            }
        }
        if (e.crossValidation() != null) {
            run.setCrossValidation(e.crossValidation());
        }
        return run;
    }
}
