package org.mlpworkbench.ui.task;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mlpworkbench.ui.component.Problem;

/**
 * The one way a view-model runs core work: {@code tasks.job(title, work)}, then what to do with what it
 * sends while it runs ({@link #onUpdates}), when it succeeds, fails or is cancelled, and {@link #start()}.
 * A failure reported with {@link #reportFailure} reaches the problem sink of the {@link BackgroundTasks};
 * {@link #latestIn} makes a job replace the previous one of the same {@link LatestJob} slot: the earlier
 * job is cancelled and none of its callbacks run any more, so a slow result never overwrites a newer one.
 * Every callback runs on the UI thread, in this order: the updates still queued, {@link #onEnd}, then the
 * callback of the outcome.
 *
 * @param <T> what the job produces
 * @param <U> what it sends while it runs (Void for jobs that send nothing)
 */
public final class BackgroundJob<T, U> {

    private final BackgroundTasks tasks;
    private final String title;
    private final UpdatingJob<T, U> work;
    private Consumer<List<U>> updates = batch -> { };
    private long updateIntervalMillis;
    private Consumer<? super T> succeeded = result -> { };
    private Consumer<Throwable> failed = error -> { };
    private Runnable cancelled = () -> { };
    private Runnable ended = () -> { };
    private Runnable dropped = () -> { };
    private LatestJob slot;

    BackgroundJob(BackgroundTasks tasks, String title, UpdatingJob<T, U> work) {
        this.tasks = tasks;
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Receives what the job sends, in batches on the UI thread, at most one batch every {@code intervalMillis}
     * however fast it sends (a {@link LiveFeed}); what is still queued when the job ends arrives first.
     */
    public BackgroundJob<T, U> onUpdates(long intervalMillis, Consumer<List<U>> sink) {
        this.updateIntervalMillis = intervalMillis;
        this.updates = Objects.requireNonNull(sink, "sink");
        return this;
    }

    public BackgroundJob<T, U> onSuccess(Consumer<? super T> action) {
        this.succeeded = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Handles a failure itself (e.g. resets state); see {@link #reportFailure} to tell the user. */
    public BackgroundJob<T, U> onFailure(Consumer<Throwable> action) {
        this.failed = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Tells the user of a failure: {@code problem} turns the error into the dialog's words, after {@link #onFailure}. */
    public BackgroundJob<T, U> reportFailure(Function<Throwable, Problem> problem) {
        Consumer<Throwable> before = failed;
        this.failed = error -> {
            before.accept(error);
            tasks.problems().report(problem.apply(error));
        };
        return this;
    }

    /** Runs when the job ended because the user cancelled it (a job that returns early on cancel succeeds instead). */
    public BackgroundJob<T, U> onCancelled(Runnable action) {
        this.cancelled = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Runs whenever the job ends, before the callback of its outcome (e.g. "not busy any more"). */
    public BackgroundJob<T, U> onEnd(Runnable action) {
        this.ended = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Makes this job the latest of {@code latest}: the previous one is cancelled and its callbacks dropped. */
    public BackgroundJob<T, U> latestIn(LatestJob latest) {
        this.slot = Objects.requireNonNull(latest, "latest");
        return this;
    }

    /**
     * Runs instead of every other callback when a newer job of the {@link #latestIn} slot took this one's place,
     * for a caller who waits to hear back either way.
     */
    public BackgroundJob<T, U> onDropped(Runnable action) {
        this.dropped = Objects.requireNonNull(action, "action");
        return this;
    }

    /** Starts the job; the callbacks given so far are the ones that run. */
    public JobHandle start() {
        LiveFeed<U> feed = new LiveFeed<>(tasks.uiThread(), updateIntervalMillis, updates);
        LatestJob.Ticket ticket = slot == null ? null : slot.next();
        JobHandle handle = tasks.run(title, context -> work.run(context, feed::publish), new JobCallbacks<T>() {
            @Override
            public void succeeded(T result) {
                end(() -> succeeded.accept(result));
            }

            @Override
            public void failed(Throwable error) {
                end(() -> failed.accept(error));
            }

            @Override
            public void cancelled() {
                end(cancelled);
            }

            private void end(Runnable outcome) {
                if (ticket != null && !ticket.isCurrent()) {
                    dropped.run();
                    return;
                }
                feed.drain();
                ended.run();
                outcome.run();
            }
        });
        if (ticket != null) {
            ticket.started(handle);
        }
        return handle;
    }
}
