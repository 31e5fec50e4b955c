package org.mlpworkbench.ui.task;

/**
 * The seam between view-models and threads. A view-model hands each piece of core work to
 * {@link #start} as one {@link Job}; the production implementation ({@link FxBackgroundTasks}) wraps it
 * in one {@code javafx.concurrent.Task}, and tests use an implementation that runs it on the calling
 * thread so view-models are tested without the toolkit. Every start and end is mirrored in
 * {@link #monitor()}, which the status bar shows.
 */
public interface BackgroundTasks {

    /**
     * Starts {@code job} with the given title (shown in the status bar) and calls exactly one of the
     * callbacks when it ends.
     */
    <T> JobHandle start(String title, Job<T> job, JobCallbacks<T> callbacks);

    /** Delivers small UI updates produced by running jobs; see {@link LiveFeed}. */
    UiThread uiThread();

    /** The state of the most recent running job, for the status bar. */
    JobMonitor monitor();
}
