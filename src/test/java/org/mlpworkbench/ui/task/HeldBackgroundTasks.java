package org.mlpworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link BackgroundTasks} for tests that holds every job until the test ends it with {@link #end}, as a worker
 * thread would hold it, so that a newer job can start while an older one still runs. Callbacks run on the
 * calling thread; {@link UiThread#runLater} drops its action (updates arrive when a job ends).
 */
public final class HeldBackgroundTasks implements BackgroundTasks {

    private final List<Runnable> held = new ArrayList<>();
    private final List<JobHandle> handles = new ArrayList<>();
    private final JobMonitor monitor = new JobMonitor();
    private final ProblemSink problems = new ProblemSink();

    @Override
    public <T> JobHandle run(String title, Job<T> job, JobCallbacks<T> callbacks) {
        boolean[] cancel = {false};
        boolean[] done = {false};
        JobHandle handle = new JobHandle() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public void cancel() {
                cancel[0] = true;
            }

            @Override
            public boolean cancelRequested() {
                return cancel[0];
            }

            @Override
            public boolean isDone() {
                return done[0];
            }
        };
        JobContext context = new JobContext() {
            @Override
            public void progress(double doneSoFar, double max) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public void onCancel(Runnable action) {
            }

            @Override
            public boolean cancelRequested() {
                return cancel[0];
            }
        };
        held.add(() -> {
            done[0] = true;
            try {
                callbacks.succeeded(job.run(context));
            } catch (Exception e) {
                if (cancel[0]) {
                    callbacks.cancelled();
                } else {
                    callbacks.failed(e);
                }
            }
        });
        handles.add(handle);
        return handle;
    }

    /** Runs held job {@code job} (0 = the first started) to its end and calls its callbacks. */
    public void end(int job) {
        held.get(job).run();
    }

    /** The handle of held job {@code job}. */
    public JobHandle handle(int job) {
        return handles.get(job);
    }

    @Override
    public UiThread uiThread() {
        return (delayMillis, action) -> { };
    }

    @Override
    public JobMonitor monitor() {
        return monitor;
    }

    @Override
    public ProblemSink problems() {
        return problems;
    }
}
