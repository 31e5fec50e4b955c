package org.mlpworkbench.tune;

/** Progress of a search. */
@FunctionalInterface
public interface TuneListener {

    /** Ignores everything. */
    TuneListener NONE = trial -> {
    };

    /**
     * A trial finished (also a failed one). Called on the thread that ran the trial, so with a parallel
     * runner from several threads at once, in the order the trials finish.
     */
    void trialFinished(Trial trial);
}
