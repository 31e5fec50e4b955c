package org.mlpworkbench.ui.project;

import org.mlpworkbench.data.FileNames;
import java.nio.file.Path;
import java.util.Locale;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;

/**
 * Save and Save as of a {@link ProjectViewModel}: the session is captured on the UI thread
 * ({@link ProjectCapture}) and written in a background job; once written it is the session's project file and,
 * when nothing changed meanwhile, the session is clean and its recovery copy is deleted.
 */
final class ProjectSaving {

    private final ProjectViewModel project;

    ProjectSaving(ProjectViewModel project) {
        this.project = project;
    }

    /** Saves to the project file (asking where when there is none yet); {@code then} runs once it is written. */
    void save(Runnable then) {
        if (project.file.get() == null) {
            saveAs(then);
        } else {
            write(project.file.get(), then);
        }
    }

    /** Asks where, then saves there; {@code then} runs once it is written. */
    void saveAs(Runnable then) {
        if (!canSave()) {
            return;
        }
        String suggested = project.file.get() != null ? FileNames.name(project.file.get())
                : project.model.data().name().replaceFirst("\\.[^.]*$", "") + ProjectFile.EXTENSION;
        Path chosen = project.dialogs.chooseSaveFile(suggested, project.folder());
        if (chosen != null) {
            write(withExtension(chosen), then);
        }
    }

    private boolean canSave() {
        if (project.busy.get()) {
            return false;
        }
        if (project.model.data() == null) {
            project.tasks.problems().report(new Problem("Nothing to save", "There is nothing to save yet",
                    "Load a CSV file first; the project keeps the data's path, the recipe, the training settings and the runs."));
            return false;
        }
        return true;
    }

    private void write(Path target, Runnable then) {
        if (!canSave()) {
            return;
        }
        ProjectCapture capture = project.capture(target);
        long changesAtCapture = project.tracker.changes();
        project.busy.set(true);
        project.tasks.job("Saving " + target.getFileName(), context -> {
            ProjectFile.save(target, capture.document(), capture.buildModels());
            return target;
        }).onEnd(() -> project.busy.set(false)).onSuccess(saved -> {
            project.file.set(saved);
            if (project.tracker.changes() == changesAtCapture && capture.skipped().isEmpty()) {
                project.tracker.markClean();
                project.autosave.discard();
            }
            project.settings.addRecent(saved);
            project.tasks.monitor().announce("Saved " + saved.getFileName() + (capture.skipped().isEmpty() ? ""
                    : "; " + String.join(", ", capture.skipped()) + " is still training and was not saved"));
            then.run();
        }).reportFailure(error -> new Problem("Cannot save project", target.getFileName() + " could not be saved",
                "Writing " + target + " failed: " + Dialogs.describe(error))).start();
    }

    private static Path withExtension(Path chosen) {
        String name = FileNames.name(chosen);
        return name.toLowerCase(Locale.ROOT).endsWith(ProjectFile.EXTENSION) ? chosen
                : chosen.resolveSibling(name + ProjectFile.EXTENSION);
    }
}
