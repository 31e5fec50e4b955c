package org.mlpworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * The test {@link BackgroundTasks}: runs each job to its end on the calling thread and calls its
 * callback before {@link #run} returns, so view-models are tested without the JavaFX toolkit.
 * {@link UiThread#runLater} runs the action at once. Records progress values and messages.
 */
public final class SynchronousBackgroundTasks implements BackgroundTasks {

    private final JobMonitor monitor = new JobMonitor();
    private final ProblemSink problems = new ProblemSink();
    private final List<String> titles = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();
    private int cancelNextAfterReports;

    /** Makes the next started job see a cancel request as soon as it reports progress once. */
    public void cancelNextJobAfterFirstProgress() {
        cancelNextJobAfterProgress(1);
    }

    /** Cancels the next started job (as the user would) when it has reported progress {@code reports} times. */
    public void cancelNextJobAfterProgress(int reports) {
        cancelNextAfterReports = reports;
    }

    @Override
    public <T> JobHandle run(String title, Job<T> job, JobCallbacks<T> callbacks) {
        titles.add(title);
        Handle handle = new Handle(title);
        int cancelAfter = cancelNextAfterReports;
        cancelNextAfterReports = 0;
        int[] reports = {0};
        monitor.started(handle);
        JobContext context = new JobContext() {
            @Override
            public void progress(double done, double max) {
                double fraction = max < 0 ? JobMonitor.INDETERMINATE : done / max;
                progress.add(fraction);
                monitor.progressed(handle, fraction);
                if (cancelAfter > 0 && ++reports[0] == cancelAfter) {
                    handle.cancel();
                }
            }

            @Override
            public void message(String text) {
                messages.add(text);
                monitor.messaged(handle, text);
            }

            @Override
            public void onCancel(Runnable action) {
                handle.hooks.add(action);
                if (handle.cancel) {
                    action.run();
                }
            }

            @Override
            public boolean cancelRequested() {
                return handle.cancelRequested();
            }
        };
        T result;
        try {
            result = job.run(context);
        } catch (Throwable e) {
            handle.done = true;
            monitor.finished(handle);
            if (handle.cancelRequested()) {
                callbacks.cancelled();
            } else {
                callbacks.failed(e);
            }
            return handle;
        }
        handle.done = true;
        monitor.finished(handle);
        callbacks.succeeded(result);
        return handle;
    }

    @Override
    public UiThread uiThread() {
        return (delayMillis, action) -> action.run();
    }

    @Override
    public JobMonitor monitor() {
        return monitor;
    }

    @Override
    public ProblemSink problems() {
        return problems;
    }

    public List<String> titles() {
        return titles;
    }

    public List<String> messages() {
        return messages;
    }

    public List<Double> progress() {
        return progress;
    }

    private static final class Handle implements JobHandle {
        private final String title;
        private volatile boolean cancel;
        private volatile boolean done;
        private final List<Runnable> hooks = new ArrayList<>();

        Handle(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public void cancel() {
            if (!cancel) {
                cancel = true;
                hooks.forEach(Runnable::run);
            }
        }

        @Override
        public boolean cancelRequested() {
            return cancel;
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
