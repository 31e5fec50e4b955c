package org.mlpworkbench.ui.project;

import java.util.Optional;

/**
 * Crash recovery of a {@link ProjectViewModel} ({@link Autosave}): a copy of unsaved work is written in the
 * background every {@link #AUTOSAVE_SECONDS} seconds, offered back at the next start when the
 * application did not end normally, and deleted when the session ends normally.
 */
public final class ProjectRecovery {

    /** Seconds between two {@link #autosave} calls. */
    public static final int AUTOSAVE_SECONDS = Autosave.INTERVAL_SECONDS;

    private final ProjectViewModel project;

    ProjectRecovery(ProjectViewModel project) {
        this.project = project;
    }

    /**
     * Writes a recovery copy of unsaved work in the background (the window calls this every
     * {@link #AUTOSAVE_SECONDS} s). It waits while another job runs, so the status bar and Esc keep
     * belonging to that job (a run still training would not be in the copy anyway).
     */
    public void autosave() {
        if (project.isDirty() && !project.busy.get() && project.model.data() != null
                && !project.tasks.monitor().runningProperty().get()) {
            project.autosave.saveIfChanged(project.tracker.changes(), project::capture, project.file.get());
        }
    }

    /**
     * At start: when the last session did not end normally and left unsaved work, asks whether to restore
     * it, then restores it or deletes the copy.
     */
    public void offer() {
        project.autosave.pending().ifPresent(pending -> {
            if (project.dialogs.askToRecover(pending.question())) {
                recover(pending);
            } else {
                project.autosave.discard(pending);
            }
        });
    }

    /** The question to ask at start when a session did not end normally and left unsaved work; empty otherwise. */
    Optional<String> question() {
        return project.autosave.pending().map(Autosave.Pending::question);
    }

    /**
     * Opens the recovery copy as the session. The work belongs to the project it came from (or to none),
     * and counts as unsaved until it is saved there; this session's own copy replaces the restored one.
     */
    private void recover(Autosave.Pending pending) {
        if (project.busy.get()) {
            return;
        }
        project.openAsSession(pending.copy(), () -> { }, outcome -> {
            project.file.set(pending.project());
            project.tracker.markDirty();
            project.autosave.adopt(pending);
            project.tasks.uiThread().runLater(0, this::autosave);
            project.tasks.monitor().announce("Restored the unsaved work: " + project.runCount() + "; save it to keep it");
            project.warnAbout(outcome, "Work restored with warnings", "The unsaved work was restored, but:");
        });
    }

    /** Deletes this session's recovery copy: it ends normally (saved, or the user chose not to keep it). */
    public void discard() {
        project.autosave.discard();
    }
}
