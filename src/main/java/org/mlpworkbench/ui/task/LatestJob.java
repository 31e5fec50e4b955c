package org.mlpworkbench.ui.task;

/**
 * A slot for "only the latest counts" work, e.g. the Evaluate step's scoring: starting a job in the slot
 * ({@link BackgroundJob#latestIn}) cancels the one before it and makes that one's callbacks never run, so
 * an older result cannot overwrite a newer one. UI thread only.
 */
public final class LatestJob {

    private Ticket current;

    /** A job's place in the slot. */
    final class Ticket {
        private JobHandle handle;
        private boolean ended;

        void started(JobHandle started) {
            this.handle = started;
            if (started.isDone()) {
                ended = true;
            }
        }

        boolean isCurrent() {
            ended = true;
            return current == this;
        }
    }

    Ticket next() {
        Ticket superseded = current;
        current = new Ticket();
        cancel(superseded);
        return current;
    }

    /** Asks the latest job to stop, as the status bar's cancel does; its own callbacks still tell how it ended. */
    public void cancel() {
        cancel(current);
    }

    private static void cancel(Ticket ticket) {
        if (ticket != null && ticket.handle != null && !ticket.ended) {
            ticket.handle.cancel();
        }
    }

    /** True while the slot's latest job runs. */
    public boolean isRunning() {
        return current != null && !current.ended;
    }
}
