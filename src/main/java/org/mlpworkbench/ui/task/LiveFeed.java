package org.mlpworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Carries a stream of small events (e.g. one per training batch) from a worker thread to the UI
 * without ever slowing the worker: {@link #publish} only appends to a lock-free queue, and the first
 * event after a drain schedules the next drain {@code intervalMillis} later on the UI thread, so the
 * UI receives at most {@code 1000 / intervalMillis} batches per second however fast events arrive.
 *
 * @param <E> the event type (plain immutable records)
 */
public final class LiveFeed<E> {

    private final ConcurrentLinkedQueue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final UiThread uiThread;
    private final long intervalMillis;
    private final Consumer<List<E>> sink;

    /** A feed delivering event batches to {@code sink} on {@code uiThread}. */
    public LiveFeed(UiThread uiThread, long intervalMillis, Consumer<List<E>> sink) {
        this.uiThread = uiThread;
        this.intervalMillis = intervalMillis;
        this.sink = sink;
    }

    /** Queues an event; callable from any thread, never blocks. */
    public void publish(E event) {
        queue.add(event);
        if (scheduled.compareAndSet(false, true)) {
            uiThread.runLater(intervalMillis, this::drain);
        }
    }

    /** Delivers everything queued so far; call on the UI thread (e.g. when the job has ended). */
    public void drain() {
        scheduled.set(false);
        List<E> batch = new ArrayList<>();
        for (E e = queue.poll(); e != null; e = queue.poll()) {
            batch.add(e);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
