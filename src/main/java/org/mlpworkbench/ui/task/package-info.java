/**
 * Background work for the UI, one way for every job. A view-model writes
 * {@code tasks.job(title, work).onSuccess(...).reportFailure(...).start()} (or {@code jobWithUpdates} for work
 * that sends events while it runs, e.g. training batches): {@link org.mlpworkbench.ui.task.BackgroundJob}
 * delivers the updates in coalesced batches ({@link org.mlpworkbench.ui.task.LiveFeed}, at most one batch per
 * interval), then exactly one of success, failure or cancel, on the UI thread. A {@link
 * org.mlpworkbench.ui.task.LatestJob} slot makes "only the latest counts" work (evaluating, preparing, reading a
 * file's columns) cancel its predecessor and drop its callbacks. Failures the user must hear of go to the one
 * {@link org.mlpworkbench.ui.task.ProblemSink} of the {@link org.mlpworkbench.ui.task.BackgroundTasks}, which
 * the main window shows as dialogs and tests collect. {@link org.mlpworkbench.ui.task.FxBackgroundTasks} runs
 * each job in a {@code javafx.concurrent.Task}; tests run it synchronously. Cancellation is cooperative (a flag
 * the job polls). The status bar shows the {@link org.mlpworkbench.ui.task.JobMonitor}.
 */
package org.mlpworkbench.ui.task;
