package org.mlpworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * The test {@link BackgroundTasks}: runs each job to its end on the calling thread and calls its
 * callback before {@link #start} returns, so view-models are tested without the JavaFX toolkit.
 * {@link UiThread#runLater} runs the action at once. Records progress values and messages.
 */
public final class SynchronousBackgroundTasks implements BackgroundTasks {

    private final JobMonitor monitor = new JobMonitor();
    private final List<String> titles = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();
    private boolean cancelNextAfterProgress;

    /** Makes the next started job see a cancel request as soon as it reports progress once. */
    public void cancelNextJobAfterFirstProgress() {
        cancelNextAfterProgress = true;
    }

    @Override
    public <T> JobHandle start(String title, Job<T> job, JobCallbacks<T> callbacks) {
        titles.add(title);
        Handle handle = new Handle(title);
        boolean cancelAfterProgress = cancelNextAfterProgress;
        cancelNextAfterProgress = false;
        monitor.started(handle);
        JobContext context = new JobContext() {
            @Override
            public void progress(double done, double max) {
                double fraction = max < 0 ? JobMonitor.INDETERMINATE : done / max;
                progress.add(fraction);
                monitor.progressed(handle, fraction);
                if (cancelAfterProgress) {
                    handle.cancel();
                }
            }

            @Override
            public void message(String text) {
                messages.add(text);
                monitor.messaged(handle, text);
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

        Handle(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public void cancel() {
            cancel = true;
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
