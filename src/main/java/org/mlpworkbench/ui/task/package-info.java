/**
 * Background work for the UI. A view-model starts each core call as one {@link
 * org.mlpworkbench.ui.task.Job} through the {@link org.mlpworkbench.ui.task.BackgroundTasks} seam and
 * receives exactly one callback when it ends; {@link org.mlpworkbench.ui.task.FxBackgroundTasks} runs it
 * in a {@code javafx.concurrent.Task}, tests run it synchronously. Cancellation is cooperative (a flag
 * the job polls). Streams of progress events (training batches) cross threads through a {@link
 * org.mlpworkbench.ui.task.LiveFeed}, which coalesces them into a bounded number of UI updates per second (training: 10).
 * The status bar shows the {@link org.mlpworkbench.ui.task.JobMonitor}.
 */
package org.mlpworkbench.ui.task;
