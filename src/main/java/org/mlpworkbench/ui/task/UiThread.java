package org.mlpworkbench.ui.task;

/**
 * Where UI-state updates run: the JavaFX application thread in the application, the calling thread
 * in view-model tests.
 */
public interface UiThread {

    /** Runs {@code action} on the UI thread after at least {@code delayMillis} ms. Callable from any thread. */
    void runLater(long delayMillis, Runnable action);
}
