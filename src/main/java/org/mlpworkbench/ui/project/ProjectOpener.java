package org.mlpworkbench.ui.project;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;

/**
 * Opens a project into the session, one stage after the other (each on the UI thread when the
 * previous background job ended): read the file and its models; find the data (beside the project,
 * where it was, or where the user locates it); load it through the Data step with the saved column
 * types; put the recipe into the Prepare step; once it is fitted, put the values into the Train form
 * (whose output options depend on the task) and re-create the runs. Changes made on the way do not
 * count as unsaved; at the end the session is clean.
 */
final class ProjectOpener {

    /**
     * How opening ended.
     *
     * @param opened  true when the session now holds the project
     * @param notes   what could not be restored exactly, in sentences
     * @param problem why the project was not opened (null when it was, or when the Data step already reported it)
     * @param missing true when the project file itself does not exist
     */
    record Outcome(boolean opened, List<String> notes, Problem problem, boolean missing) {
        static Outcome failed(Problem problem) {
            return new Outcome(false, List.of(), problem, false);
        }
    }

    private final WorkbenchModel model;
    private final BackgroundTasks tasks;
    private final ProjectViewModel.Steps steps;
    private final DirtyTracker tracker;
    private List<ProjectRestore.SetAside> setAside = List.of();

    ProjectOpener(WorkbenchModel model, BackgroundTasks tasks, ProjectViewModel.Steps steps, DirtyTracker tracker) {
        this.model = model;
        this.tasks = tasks;
        this.steps = steps;
        this.tracker = tracker;
    }

    /** The opened project's runs that could not be restored; the next save writes them back unchanged. */
    List<ProjectRestore.SetAside> setAside() {
        return setAside;
    }

    /** Opens {@code project}; {@code done} is called exactly once, on the UI thread. */
    void open(Path project, ProjectDialogs dialogs, Consumer<Outcome> done) {
        String name = FileNames.name(project);
        tasks.job("Opening " + name, context -> ProjectFile.open(project))
                .onSuccess(opened -> loadData(project, opened, dialogs, done))
                .onFailure(error -> {
                    boolean missing = error instanceof NoSuchFileException;
                    done.accept(new Outcome(false, List.of(), new Problem("Cannot open project", name + " could not be opened",
                            missing ? project + " does not exist." : Dialogs.describe(error)), missing));
                })
                .onCancelled(() -> done.accept(Outcome.failed(null)))
                .start();
    }

    private void loadData(Path project, ProjectFile.Opened opened, ProjectDialogs dialogs, Consumer<Outcome> done) {
        ProjectDocument.DataRef ref = opened.document().data();
        Path data = locate(project, ref, dialogs);
        if (data == null) {
            String refused = refusedData(project, ref);
            done.accept(Outcome.failed(new Problem("Project not opened", project.getFileName() + " was not opened",
                    refused != null ? "Its data file was not opened: " + refused + ". No other file was chosen in its place."
                            : "Its data file " + ref.absolutePath() + " was not found, and no other file was chosen in its place.")));
            return;
        }
        tracker.suspend();
        steps.data().open(data, ref.columnTypes(), loaded -> {
            if (loaded == null) {
                tracker.resume();
                tasks.monitor().announce(project.getFileName() + " was not opened: its data could not be read");
                done.accept(Outcome.failed(null));
                return;
            }
            model.replaceRuns(List.of(), null);
            setAside = List.of();
            model.reserveRunNumbers(0);
            steps.train().compareWithProperty().set(null);
            List<String> notes = dataNotes(ref, loaded);
            Runnable restore = () -> restoreRuns(project, opened, loaded, notes, done);
            if (opened.document().recipe() == null) {
                restore.run();
            } else {
                steps.prepare().apply(opened.document().recipe(), restore);
            }
        });
    }

    /**
     * The data file: beside the project as saved, else where it was, else where the user says it is now.
     * Only files {@link ProjectDataFiles} accepts are opened without asking.
     */
    private static Path locate(Path project, ProjectDocument.DataRef ref, ProjectDialogs dialogs) {
        Path folder = project.toAbsolutePath().getParent();
        if (ref.relativePath() != null && ProjectDataFiles.opensByItself(folder.resolve(ref.relativePath()))) {
            return folder.resolve(ref.relativePath()).normalize();
        }
        Path absolute = Path.of(ref.absolutePath());
        return ProjectDataFiles.opensByItself(absolute) ? absolute : dialogs.locateData(absolute);
    }

    /** Why the data the project names was not opened by itself although it exists, or null when it is missing. */
    private static String refusedData(Path project, ProjectDocument.DataRef ref) {
        Path folder = project.toAbsolutePath().getParent();
        String refused = ref.relativePath() == null ? null : ProjectDataFiles.refusal(folder.resolve(ref.relativePath()).normalize());
        return refused != null ? refused : ProjectDataFiles.refusal(Path.of(ref.absolutePath()));
    }

    private static List<String> dataNotes(ProjectDocument.DataRef ref, DataSet loaded) {
        List<String> notes = new ArrayList<>();
        if (!loaded.sha256().equals(ref.sha256())) {
            notes.add(loaded.file() + " has changed since the project was saved (its SHA-256 differs; it now has "
                    + loaded.table().rowCount() + " rows, " + ref.rows() + " when saved). The runs and their models "
                    + "are restored, but their validation rows are not recomputed, so evaluation on them is not available.");
        }
        ref.columnTypes().forEach((column, type) -> {
            ColumnType now = loaded.table().find(column).map(Column::type).orElse(null);
            if (now == null) {
                notes.add("Column '" + column + "' is no longer in " + loaded.name() + ".");
            } else if (now != type) {
                notes.add("Column '" + column + "' is " + label(now) + " now; it was " + label(type)
                        + " when the project was saved, and its values no longer allow that.");
            }
        });
        return notes;
    }

    private static String label(ColumnType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private void restoreRuns(Path project, ProjectFile.Opened opened, DataSet loaded, List<String> notes,
            Consumer<Outcome> done) {
        ProjectDocument doc = opened.document();
        notes.addAll(FormValues.apply(doc.form(), steps.train().form()));
        tasks.job("Restoring the runs of " + project.getFileName(), new ProjectRestore(opened, loaded))
                .onSuccess(result -> {
                    List<RunRecord> runs = result.runs().stream().map(ProjectRestore::toRecord).toList();
                    setAside = List.copyOf(result.setAside());
                    model.reserveRunNumbers(setAside.stream().mapToInt(r -> r.entry().number()).max().orElse(0));
                    model.replaceRuns(runs, runs.stream().filter(r -> r.number() == doc.latestModelRun()).findFirst()
                            .orElse(null));
                    if (!runs.isEmpty()) {
                        RunRecord latest = model.lastModelRunProperty().get();
                        steps.train().showRun(latest != null ? latest : runs.get(runs.size() - 1));
                    }
                    boolean sameData = loaded.sha256().equals(doc.data().sha256());
                    notes.addAll(result.warnings().stream().filter(w -> sameData || !w.contains("has changed since"))
                            .toList());
                    finish(doc, notes, done);
                })
                .onFailure(error -> {
                    notes.add("The runs could not be restored: " + Dialogs.describe(error));
                    finish(doc, notes, done);
                })
                .onCancelled(() -> {
                    notes.add("Restoring the runs was cancelled; the project's runs are not shown.");
                    finish(doc, notes, done);
                })
                .start();
    }

    private void finish(ProjectDocument doc, List<String> notes, Consumer<Outcome> done) {
        model.setTune(doc.tune());
        steps.showStep().accept(doc.step());
        tracker.resume();
        tracker.markClean();
        done.accept(new Outcome(true, List.copyOf(notes), null, false));
    }
}
