package org.mlpworkbench.ui.task;

/**
 * The seam between view-models and threads. A view-model hands each piece of core work to {@link #job} and
 * says, on the {@link BackgroundJob} it gets, what happens when it ends; the production implementation
 * ({@link FxBackgroundTasks}) runs it in one {@code javafx.concurrent.Task}, and tests use an implementation
 * that runs it on the calling thread so view-models are tested without the toolkit. Every start and end is
 * mirrored in {@link #monitor()}, which the status bar shows; every problem the user must be told of goes to
 * {@link #problems()}.
 */
public interface BackgroundTasks {

    /** A job that sends nothing while it runs; {@link BackgroundJob#start()} starts it. */
    default <T> BackgroundJob<T, Void> job(String title, Job<T> work) {
        return new BackgroundJob<>(this, title, (context, update) -> work.run(context));
    }

    /** A job that sends updates while it runs ({@link BackgroundJob#onUpdates}). */
    default <T, U> BackgroundJob<T, U> jobWithUpdates(String title, UpdatingJob<T, U> work) {
        return new BackgroundJob<>(this, title, work);
    }

    /**
     * Runs {@code job} with the given title (shown in the status bar) and calls exactly one of the callbacks
     * when it ends: the plumbing under {@link BackgroundJob}, which view-models use instead.
     */
    <T> JobHandle run(String title, Job<T> job, JobCallbacks<T> callbacks);

    /** Runs small UI updates produced by running jobs. */
    UiThread uiThread();

    /** The state of the most recent running job, for the status bar. */
    JobMonitor monitor();

    /** Where the user is told what went wrong. */
    ProblemSink problems();
}
