package org.mlpworkbench.ui.task;

/**
 * One unit of background work that calls the core, e.g. "read this CSV" or "train this model".
 * It runs off the UI thread and must not touch JavaFX nodes; it reports through its {@link JobContext}.
 *
 * @param <T> what the job produces
 */
@FunctionalInterface
public interface Job<T> {

    /** Does the work; may return early (or throw) once {@link JobContext#cancelRequested()} is true. */
    T run(JobContext context) throws Exception;
}
