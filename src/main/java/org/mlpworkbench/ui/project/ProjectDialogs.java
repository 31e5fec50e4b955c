package org.mlpworkbench.ui.project;

import java.nio.file.Path;

/**
 * The questions the project commands ask the user. The application answers with native file choosers
 * and alerts ({@link FxProjectDialogs}); tests inject answers, so no native dialog opens under TestFX.
 * Every method returns null (or {@link SaveChoice#CANCEL}) when the user cancels.
 */
public interface ProjectDialogs {

    /** Where to save the project; {@code suggested} is a file name such as {@code train.mlpw}, {@code folder} may be null. */
    Path chooseSaveFile(String suggested, Path folder);

    /** Which project to open; {@code folder} may be null. */
    Path chooseProjectToOpen(Path folder);

    /** The project's data file {@code missing} was not found: where it is now (a "Locate file…" chooser). */
    Path locateData(Path missing);

    /** Whether to save the unsaved changes of {@code name} first. */
    SaveChoice askToSave(String name);

    /** Whether to restore the unsaved work of a session that did not end normally ({@code question} says which). */
    boolean askToRecover(String question);
}
