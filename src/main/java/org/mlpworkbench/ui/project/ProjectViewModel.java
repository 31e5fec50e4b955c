package org.mlpworkbench.ui.project;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.mlpworkbench.ui.component.Dialogs;
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
 * Unsaved work is also copied every {@link #AUTOSAVE_SECONDS} seconds ({@link Autosave}) and offered back
 * at the next start if the application did not end normally.
 */
public final class ProjectViewModel {

    /** The Data, Prepare and Train view-models a project is restored into, and how to read and show the current step. */
    public record Steps(DataViewModel data, PrepareViewModel prepare, TrainViewModel train,
                        Supplier<Step> currentStep, Consumer<Step> showStep) {
    }

    private final WorkbenchModel model;
    private final BackgroundTasks tasks;
    private final Settings settings;
    private final Steps steps;
    private ProjectDialogs dialogs;
    private final DirtyTracker tracker;
    private final ProjectOpener opener;
    private final Autosave autosave;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final StringBinding title;
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
        title = Bindings.createStringBinding(() -> {
            String name = name();
            return name == null ? "MLP Workbench" : (isDirty() ? "• " : "") + name + " — MLP Workbench";
        }, file, model.dataProperty(), tracker.dirtyProperty());
    }

    /** The project's file name, else the data file's name, else null. */
    private String name() {
        if (file.get() != null) {
            return file.get().getFileName().toString();
        }
        return model.data() == null ? null : model.data().name();
    }

    // ---- saving

    /** Saves to the project file (asking where when there is none yet); {@code then} runs once it is written. */
    public void save(Runnable then) {
        if (file.get() == null) {
            saveAs(then);
        } else {
            write(file.get(), then);
        }
    }

    /** Asks where, then saves there; {@code then} runs once it is written. */
    public void saveAs(Runnable then) {
        if (!canSave()) {
            return;
        }
        String suggested = file.get() != null ? file.get().getFileName().toString()
                : model.data().name().replaceFirst("\\.[^.]*$", "") + ProjectFile.EXTENSION;
        Path chosen = dialogs.chooseSaveFile(suggested, folder());
        if (chosen != null) {
            write(withExtension(chosen), then);
        }
    }

    private boolean canSave() {
        if (busy.get()) {
            return false;
        }
        if (model.data() == null) {
            tasks.problems().report(new Problem("Nothing to save", "There is nothing to save yet",
                    "Load a CSV file first; the project keeps the data's path, the recipe, the training settings and the runs."));
            return false;
        }
        return true;
    }

    private void write(Path target, Runnable then) {
        if (!canSave()) {
            return;
        }
        ProjectCapture capture = capture(target);
        long changesAtCapture = tracker.changes();
        busy.set(true);
        tasks.job("Saving " + target.getFileName(), context -> {
            ProjectFile.save(target, capture.document(), capture.buildModels());
            return target;
        }).onEnd(() -> busy.set(false)).onSuccess(saved -> {
            file.set(saved);
            if (tracker.changes() == changesAtCapture && capture.skipped().isEmpty()) {
                tracker.markClean();
                autosave.discard();
            }
            settings.addRecent(saved);
            tasks.monitor().announce("Saved " + saved.getFileName() + (capture.skipped().isEmpty() ? ""
                    : "; " + String.join(", ", capture.skipped()) + " is still training and was not saved"));
            then.run();
        }).reportFailure(error -> new Problem("Cannot save project", target.getFileName() + " could not be saved",
                "Writing " + target + " failed: " + Dialogs.describe(error))).start();
    }

    private ProjectCapture capture(Path target) {
        return ProjectCapture.of(target, model, steps.prepare().choices(), steps.train().form(),
                steps.currentStep().get(), opener.setAside());
    }

    // ---- crash recovery ({@link Autosave})

    /** Seconds between two {@link #autosave} calls. */
    public static final int AUTOSAVE_SECONDS = Autosave.INTERVAL_SECONDS;

    /**
     * Writes a recovery copy of unsaved work in the background (the window calls this every
     * {@link #AUTOSAVE_SECONDS} s). It waits while another job runs, so the status bar and Esc keep
     * belonging to that job (a run still training would not be in the copy anyway).
     */
    public void autosave() {
        if (isDirty() && !busy.get() && model.data() != null && !tasks.monitor().runningProperty().get()) {
            autosave.saveIfChanged(tracker.changes(), this::capture, file.get());
        }
    }

    /**
     * At start: when the last session did not end normally and left unsaved work, asks whether to restore
     * it, then restores it or deletes the copy.
     */
    public void offerRecovery() {
        autosave.pending().ifPresent(pending -> {
            if (dialogs.askToRecover(question(pending))) {
                recover(pending);
            } else {
                autosave.discard(pending);
            }
        });
    }

    /** The question to ask at start when a session did not end normally and left unsaved work; empty otherwise. */
    Optional<String> recoveryQuestion() {
        return autosave.pending().map(ProjectViewModel::question);
    }

    private static String question(Autosave.Pending p) {
        return "MLP Workbench did not close normally. Its unsaved work"
                + (p.project() == null ? "" : " on " + p.project().getFileName()) + " was kept at "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()).format(p.savedAt())
                + ". Restore it?";
    }

    /**
     * Opens the recovery copy as the session. The work belongs to the project it came from (or to none),
     * and counts as unsaved until it is saved there; this session's own copy replaces the restored one.
     */
    private void recover(Autosave.Pending pending) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        warnings.clear();
        opener.open(pending.copy(), dialogs, outcome -> {
            busy.set(false);
            if (!outcome.opened()) {
                if (outcome.problem() != null) {
                    tasks.problems().report(outcome.problem());
                }
                return;
            }
            file.set(pending.project());
            tracker.markDirty();
            autosave.adopt(pending);
            tasks.uiThread().runLater(0, this::autosave);
            warnings.setAll(outcome.notes());
            tasks.monitor().announce("Restored the unsaved work: " + model.runs().size()
                    + (model.runs().size() == 1 ? " run" : " runs") + "; save it to keep it");
            if (!outcome.notes().isEmpty()) {
                onWarning.accept(new Problem("Work restored with warnings", "The unsaved work was restored, but:",
                        String.join("\n\n", outcome.notes())));
            }
        });
    }

    /** Deletes this session's recovery copy: it ends normally (saved, or the user chose not to keep it). */
    public void discardRecovery() {
        autosave.discard();
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
                discardRecovery();
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
        busy.set(true);
        warnings.clear();
        opener.open(project, dialogs, outcome -> {
            busy.set(false);
            if (!outcome.opened()) {
                if (outcome.missing()) {
                    settings.removeRecent(project);
                }
                if (outcome.problem() != null) {
                    tasks.problems().report(outcome.problem());
                }
                return;
            }
            file.set(project.toAbsolutePath().normalize());
            settings.addRecent(project);
            warnings.setAll(outcome.notes());
            tasks.monitor().announce("Opened " + project.getFileName() + ": " + model.runs().size()
                    + (model.runs().size() == 1 ? " run" : " runs"));
            if (!outcome.notes().isEmpty()) {
                onWarning.accept(new Problem("Project opened with warnings", project.getFileName() + " was opened, but:",
                        String.join("\n\n", outcome.notes())));
            }
        });
    }

    // ---- state

    private Path folder() {
        Path f = file.get() != null ? file.get() : model.data() != null ? model.data().file() : null;
        return f == null ? null : f.toAbsolutePath().getParent();
    }

    private static Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ProjectFile.EXTENSION) ? chosen
                : chosen.resolveSibling(name + ProjectFile.EXTENSION);
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
