package org.mlpworkbench.ui.task;

/** A started job: lets the UI ask it to stop. */
public interface JobHandle {

    /** The title given when the job was started, e.g. "Loading train.csv". */
    String title();

    /** Asks the job to stop; it notices at its next check of {@link JobContext#cancelRequested()}. */
    void cancel();

    boolean cancelRequested();

    /** True once the job's callbacks have run. */
    boolean isDone();
}
