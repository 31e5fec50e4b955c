package org.mlpworkbench.ui.project;

/** The answer to "Save the changes?" before the window closes or another project opens. */
public enum SaveChoice {
    /** Save (asking where if the session has no project file yet), then go on if saving succeeded. */
    SAVE,
    /** Go on without saving; the unsaved work is lost. */
    DONT_SAVE,
    /** Stay: nothing closes, nothing opens. */
    CANCEL
}
