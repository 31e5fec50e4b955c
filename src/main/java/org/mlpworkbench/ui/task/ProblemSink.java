package org.mlpworkbench.ui.task;

import java.util.Objects;
import java.util.function.Consumer;
import org.mlpworkbench.ui.component.Problem;

/**
 * The one place every view-model reports what the user must be told (a file that cannot be read, a run that
 * failed): the main window shows each report as a dialog, tests collect them. Reports made before anyone
 * shows them are dropped. UI thread only.
 */
public final class ProblemSink {

    private Consumer<Problem> shown = problem -> { };

    /** Tells the user of {@code problem}. */
    public void report(Problem problem) {
        shown.accept(Objects.requireNonNull(problem, "problem"));
    }

    /** Who shows the reports from now on: the main window's dialogs, or a test's list. */
    public void showWith(Consumer<Problem> view) {
        this.shown = Objects.requireNonNull(view, "view");
    }
}
