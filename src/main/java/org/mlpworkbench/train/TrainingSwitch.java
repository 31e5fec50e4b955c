package org.mlpworkbench.train;

/**
 * A thread-safe {@link TrainingControl} for a UI: any thread may call {@link #requestStop()},
 * {@link #pause()} and {@link #resume()}; a stop also releases a paused trainer. Interrupting the
 * paused training thread counts as a stop request (and the interrupt flag is kept).
 */
public final class TrainingSwitch implements TrainingControl {

    private final Object lock = new Object();
    private volatile boolean stop;
    private volatile boolean paused;

    public void requestStop() {
        synchronized (lock) {
            stop = true;
            lock.notifyAll();
        }
    }

    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    @Override
    public boolean stopRequested() {
        return stop;
    }

    @Override
    public void awaitIfPaused() {
        if (!paused) {
            return;
        }
        synchronized (lock) {
            while (paused && !stop) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    stop = true;
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
