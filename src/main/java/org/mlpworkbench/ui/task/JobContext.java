package org.mlpworkbench.ui.task;

import java.util.concurrent.CancellationException;
import org.mlpworkbench.train.TrainingControl;

/** What a running {@link Job} may tell the UI, and how it learns that the user cancelled it. */
public interface JobContext {

    /** Reports progress; a negative {@code max} means "amount of work unknown". Callable from any thread. */
    void progress(double done, double max);

    /** Replaces the one-line status message shown while the job runs. Callable from any thread. */
    void message(String text);

    /**
     * Runs {@code action} (on the thread that cancels, at most once) when the user cancels the job —
     * for jobs that block and must be woken, e.g. a paused trainer. Runs at once if already cancelled.
     */
    void onCancel(Runnable action);

    /** True once the user asked to cancel the job. */
    boolean cancelRequested();

    /** Throws {@link CancellationException} once the user asked to cancel. */
    default void throwIfCancelled() {
        if (cancelRequested()) {
            throw new CancellationException("cancelled");
        }
    }

    /** {@code control}'s pause and stop, stopping also once the user cancels the job: for training jobs. */
    default TrainingControl stopsWith(TrainingControl control) {
        JobContext context = this;
        return new TrainingControl() {
            @Override
            public boolean stopRequested() {
                return control.stopRequested() || context.cancelRequested();
            }

            @Override
            public void awaitIfPaused() {
                control.awaitIfPaused();
            }
        };
    }
}
