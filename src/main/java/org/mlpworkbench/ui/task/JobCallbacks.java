package org.mlpworkbench.ui.task;

/**
 * How a job's end reaches its view-model. Exactly one method is called, on the UI thread
 * (or, with the synchronous test implementation, on the calling thread).
 *
 * @param <T> what the job produces
 */
public interface JobCallbacks<T> {

    /** The job returned normally, possibly early after a cancel request it chose to honour gracefully. */
    void succeeded(T result);

    /** The job threw while no cancel had been requested. */
    void failed(Throwable error);

    /** The job ended by throwing after the user asked to cancel it. */
    default void cancelled() {
    }
}
