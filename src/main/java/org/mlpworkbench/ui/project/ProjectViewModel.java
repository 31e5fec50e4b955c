package org.mlpworkbench.ui.project;

import org.mlpworkbench.data.FileNames;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.data.DataViewModel;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/**
 * Save, Save as, Open and the unsaved-changes guard. Saving snapshots the session on the UI thread
 * ({@link ProjectCapture}) and writes the file in a background job. Opening reads the file in the
 * background, loads its data through the Data step ({@link DataViewModel#open(Path, Map, Consumer)},
 * with progress and cancel), puts the recipe into the Prepare step and the values into the Train form,
 * then re-creates the runs ({@link ProjectOpener}, {@link ProjectRestore}). {@link #guard} is the decision before the window
 * closes or another project opens: nothing unsaved → go on; otherwise ask Save / Don't save / Cancel.
 * Unsaved work is also copied now and then ({@link ProjectRecovery}) and offered back at the next start if
 * the application did not end normally.
 */
public final class ProjectViewModel {

    /** The Data, Prepare and Train view-models a project is restored into, and how to read and show the current step. */
    public record Steps(DataViewModel data, PrepareViewModel prepare, TrainViewModel train,
                        Supplier<Step> currentStep, Consumer<Step> showStep) {
    }

    final WorkbenchModel model;
    final BackgroundTasks tasks;
    final Settings settings;
    final Steps steps;
    ProjectDialogs dialogs;
    final DirtyTracker tracker;
    final ProjectOpener opener;
    final Autosave autosave;
    final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringBinding title;
    private final ProjectSaving saving;
    private final ProjectRecovery recovery;
    private Consumer<Problem> onWarning = p -> { };

    public ProjectViewModel(WorkbenchModel model, BackgroundTasks tasks, Settings settings, Steps steps,
            ProjectDialogs dialogs) {
        this(model, tasks, settings, steps, dialogs, Autosave.Instance.current());
    }

    /** The same, as process {@code instance} (tests simulate several processes sharing one settings folder). */
    ProjectViewModel(WorkbenchModel model, BackgroundTasks tasks, Settings settings, Steps steps,
            ProjectDialogs dialogs, Autosave.Instance instance) {
        this.model = model;
        this.tasks = tasks;
        this.settings = settings;
        this.steps = steps;
        this.dialogs = dialogs;
        this.tracker = new DirtyTracker(model, steps.train().form());
        this.opener = new ProjectOpener(model, tasks, steps, tracker);
        this.autosave = new Autosave(settings.folder().orElse(null), tasks, instance);
        this.saving = new ProjectSaving(this);
        this.recovery = new ProjectRecovery(this);
        title = Bindings.createStringBinding(() -> {
            String name = name();
            return name == null ? "MLP Workbench" : (isDirty() ? "• " : "") + name + " — MLP Workbench";
        }, file, model.dataProperty(), tracker.dirtyProperty());
    }

    /** The project's file name, else the data file's name, else null. */
    String name() {
        if (file.get() != null) {
            return FileNames.name(file.get());
        }
        return model.data() == null ? null : model.data().name();
    }

    // ---- saving ({@link ProjectSaving})

    /** Saves to the project file (asking where when there is none yet); {@code then} runs once it is written. */
    public void save(Runnable then) {
        saving.save(then);
    }

    /** Asks where, then saves there; {@code then} runs once it is written. */
    public void saveAs(Runnable then) {
        saving.saveAs(then);
    }

    ProjectCapture capture(Path target) {
        return ProjectCapture.of(target, model, steps.prepare().choices(), steps.train().form(),
                steps.currentStep().get(), opener.setAside());
    }

    // ---- crash recovery

    /** Copies of unsaved work: written now and then, offered back after a crash, deleted when the session ends. */
    public ProjectRecovery recovery() {
        return recovery;
    }

    // ---- the unsaved-changes guard

    /**
     * Runs {@code proceed} unless that would lose unsaved work the user wants to keep: with no unsaved
     * changes at once; otherwise after asking — Save (then proceed once saved), Don't save (proceed),
     * Cancel (do nothing).
     */
    public void guard(Runnable proceed) {
        if (!isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askToSave(name() == null ? "this session" : name())) {
            case SAVE -> save(proceed);
            case DONT_SAVE -> {
                recovery.discard();
                proceed.run();
            }
            case CANCEL -> { }
        }
    }

    // ---- opening

    /** Asks which project to open (after the unsaved-changes guard) and opens it. */
    public void open() {
        guard(() -> {
            Path chosen = dialogs.chooseProjectToOpen(folder());
            if (chosen != null) {
                read(chosen);
            }
        });
    }

    /** Opens {@code project} after the unsaved-changes guard. */
    public void open(Path project) {
        guard(() -> read(project));
    }

    private void read(Path project) {
        if (busy.get()) {
            return;
        }
        if (steps.train().activeProperty().get()) {
            tasks.problems().report(new Problem("Cannot open project", "A run is training",
                    "Stop the training before opening " + project.getFileName() + "."));
            return;
        }
        openAsSession(project, () -> settings.removeRecent(project), outcome -> {
            file.set(project.toAbsolutePath().normalize());
            settings.addRecent(project);
            tasks.monitor().announce("Opened " + project.getFileName() + ": " + runCount());
            warnAbout(outcome, "Project opened with warnings", project.getFileName() + " was opened, but:");
        });
    }

    /**
     * Opens {@code source} (a project, or a recovery copy) as the session: {@code opened} runs once it is open
     * and its notes are the warnings; a file that no longer exists runs {@code missing}; problems are reported.
     */
    void openAsSession(Path source, Runnable missing, Consumer<ProjectOpener.Outcome> opened) {
        busy.set(true);
        warnings.clear();
        opener.open(source, dialogs, outcome -> {
            busy.set(false);
            if (!outcome.opened()) {
                if (outcome.missing()) {
                    missing.run();
                }
                if (outcome.problem() != null) {
                    tasks.problems().report(outcome.problem());
                }
                return;
            }
            warnings.setAll(outcome.notes());
            opened.accept(outcome);
        });
    }

    void warnAbout(ProjectOpener.Outcome outcome, String title, String header) {
        if (!outcome.notes().isEmpty()) {
            onWarning.accept(new Problem(title, header, String.join("\n\n", outcome.notes())));
        }
    }

    String runCount() {
        return model.runs().size() + (model.runs().size() == 1 ? " run" : " runs");
    }

    // ---- state

    Path folder() {
        Path f = file.get() != null ? file.get() : model.data() != null ? model.data().file() : null;
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    public boolean isDirty() {
        return tracker.dirtyProperty().get();
    }

    /** True when the session has changes that are not saved in a project file. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return tracker.dirtyProperty();
    }

    /** The project file of the session (null until saved or opened). */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True while a project is being saved or opened. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last open could not restore exactly (data changed, a column's type, a form value), in sentences. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** "• titanic.mlpw — MLP Workbench": the project (or data) name, marked while there are unsaved changes. */
    public StringBinding title() {
        return title;
    }

    /** Replaces the dialogs (tests answer the questions themselves). */
    public void setDialogs(ProjectDialogs replacement) {
        this.dialogs = replacement;
    }

    /** Where an opened project's warnings are reported; the view shows a warning dialog. */
    public void setOnWarning(Consumer<Problem> handler) {
        this.onWarning = handler;
    }
}
