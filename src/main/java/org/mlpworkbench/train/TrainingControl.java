package org.mlpworkbench.train;

/**
 * Lets another thread pause or stop training. The trainer calls {@link #awaitIfPaused()} and then
 * {@link #stopRequested()} before every batch, so a stop takes effect within one batch and a pause
 * blocks the training thread until it is resumed or stopped.
 */
public interface TrainingControl {

    /** A control that never pauses or stops. */
    TrainingControl NONE = new TrainingControl() {
        @Override
        public boolean stopRequested() {
            return false;
        }

        @Override
        public void awaitIfPaused() {
        }
    };

    boolean stopRequested();

    /** Blocks the calling (training) thread while paused; returns when resumed or a stop is requested. */
    void awaitIfPaused();
}
