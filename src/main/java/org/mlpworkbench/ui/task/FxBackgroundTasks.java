package org.mlpworkbench.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The production {@link BackgroundTasks}: each job becomes one {@link Task} on a daemon worker thread.
 * Progress and message (at most ten updates a second) go through the task's own properties to the {@link JobMonitor};
 * callbacks run on the JavaFX application thread. Cancelling sets a flag the job polls — the thread
 * is never interrupted, so native code (ND4J) is never interrupted half-way.
 */
public final class FxBackgroundTasks implements BackgroundTasks {

    /**
     * Progress and messages reach the status bar at most every 100 ms: each change repaints a frame,
     * and a job reporting per batch would otherwise repaint at the full pulse rate.
     */
    static final long UPDATE_INTERVAL_NANOS = 100_000_000L;

    private final AtomicInteger threadNumber = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> daemon(r, "mlpw-job-"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "mlpw-ui-timer-"));
    private final JobMonitor monitor = new JobMonitor();
    private final ProblemSink problems = new ProblemSink();
    private final UiThread uiThread = (delayMillis, action) -> {
        if (delayMillis <= 0) {
            Platform.runLater(action);
        } else {
            timer.schedule(() -> Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
        }
    };

    private Thread daemon(Runnable r, String prefix) {
        Thread t = new Thread(r, prefix + threadNumber.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> JobHandle run(String title, Job<T> job, JobCallbacks<T> callbacks) {
        Handle handle = new Handle(title);
        Task<T> task = new Task<>() {
            private final JobContext context = new JobContext() {
                private long lastProgress = System.nanoTime() - UPDATE_INTERVAL_NANOS;
                private long lastMessage = System.nanoTime() - UPDATE_INTERVAL_NANOS;

                @Override
                public void progress(double done, double max) {
                    long now = System.nanoTime();
                    if (done >= max || now - lastProgress >= UPDATE_INTERVAL_NANOS) {
                        lastProgress = now;
                        updateProgress(done, max);
                    }
                }

                @Override
                public void message(String text) {
                    long now = System.nanoTime();
                    if (now - lastMessage >= UPDATE_INTERVAL_NANOS) {
                        lastMessage = now;
                        updateMessage(text);
                    }
                }

                @Override
                public void onCancel(Runnable action) {
                    handle.onCancel(action);
                }

                @Override
                public boolean cancelRequested() {
                    return handle.cancelRequested();
                }
            };

            @Override
            protected T call() throws Exception {
                return job.run(context);
            }
        };
        task.progressProperty().addListener((obs, old, now) -> monitor.progressed(handle, now.doubleValue()));
        task.messageProperty().addListener((obs, old, now) -> monitor.messaged(handle, now));
        task.setOnSucceeded(e -> {
            handle.done.set(true);
            monitor.finished(handle);
            callbacks.succeeded(task.getValue());
        });
        task.setOnFailed(e -> {
            handle.done.set(true);
            monitor.finished(handle);
            if (handle.cancelRequested()) {
                callbacks.cancelled();
            } else {
                callbacks.failed(task.getException());
            }
        });
        monitor.started(handle);
        workers.execute(task);
        return handle;
    }

    @Override
    public UiThread uiThread() {
        return uiThread;
    }

    @Override
    public JobMonitor monitor() {
        return monitor;
    }

    @Override
    public ProblemSink problems() {
        return problems;
    }

    /** Stops accepting work; running jobs are asked nothing and end with the JVM (daemon threads). */
    public void shutdown() {
        workers.shutdown();
        timer.shutdown();
    }

    private static final class Handle implements JobHandle {
        private final String title;
        private final AtomicBoolean cancel = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        private final java.util.List<Runnable> cancelHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

        Handle(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public void cancel() {
            if (cancel.compareAndSet(false, true)) {
                cancelHooks.forEach(Runnable::run);
            }
        }

        void onCancel(Runnable action) {
            cancelHooks.add(action);
            if (cancel.get() && cancelHooks.remove(action)) {
                action.run();
            }
        }

        @Override
        public boolean cancelRequested() {
            return cancel.get();
        }

        @Override
        public boolean isDone() {
            return done.get();
        }
    }
}
