package org.mlpworkbench.bundle;

/**
 * Observes an explanation ({@link PermutationImportance}, {@link PartialDependence}) on the calling thread:
 * progress after every model evaluation, and a cancellation check polled as often.
 */
public interface ExplainListener {

    /** Does nothing and never cancels. */
    ExplainListener NONE = (done, total) -> {
    };

    /** {@code done} of {@code total} model evaluations are finished. */
    void progress(int done, int total);

    /** True to stop: the computation then throws {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
