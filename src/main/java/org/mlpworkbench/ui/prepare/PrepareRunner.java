package org.mlpworkbench.ui.prepare;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

/**
 * Runs the Prepare step's fits, the latest one winning: a new fit replaces one still running, and whoever
 * waits for a fit always hears back — with its result, or through {@code otherwise} when it failed (also
 * reported to the user), was cancelled, was overtaken, or belongs to data that has since been replaced.
 */
final class PrepareRunner {

    private final BackgroundTasks tasks;
    private final LatestJob latest = new LatestJob();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    PrepareRunner(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Runs {@code job}; {@code stillCurrent} says, when it ends, whether its data is still the session's. */
    void run(PrepareJob job, BooleanSupplier stillCurrent, Runnable otherwise, Consumer<PrepareJob.Result> then) {
        busy.set(true);
        tasks.job("Preparing features", job)
                .latestIn(latest)
                .onEnd(() -> busy.set(false))
                .onSuccess(result -> {
                    if (stillCurrent.getAsBoolean()) {
                        then.accept(result);
                    } else {
                        otherwise.run();
                    }
                })
                .onFailure(error -> otherwise.run())
                .reportFailure(error -> new Problem("Preparation failed", "The features could not be prepared",
                        Dialogs.describe(error)))
                .onCancelled(otherwise)
                .onDropped(otherwise)
                .start();
    }

    /** Asks the running fit to stop. */
    void cancel() {
        latest.cancel();
    }

    /** True while a fit runs. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
