package org.mlpworkbench.ui.task;

import java.util.function.Consumer;

/**
 * A {@link Job} that also sends updates while it runs (training batches, the first rows of a file): each
 * {@code update} is queued without blocking and reaches the view-model in batches on the UI thread
 * ({@link BackgroundJob#onUpdates}).
 *
 * @param <T> what the job produces
 * @param <U> what it sends while it runs
 */
@FunctionalInterface
public interface UpdatingJob<T, U> {

    /** Does the work off the UI thread; {@code update} is callable from this thread, never blocks. */
    T run(JobContext context, Consumer<U> update) throws Exception;
}
