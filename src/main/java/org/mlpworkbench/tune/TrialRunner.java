package org.mlpworkbench.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a batch of independent trials (one rung of the search) and returns their results in the order
 * given. The core starts no threads, so it runs them one after another ({@link #SEQUENTIAL}); a caller that
 * may start threads (the command line, the app) passes a runner backed by its own pool. Each trial trains
 * its own network on its own prepared copies of the rows, so the results do not depend on the runner.
 */
@FunctionalInterface
public interface TrialRunner {

    /** One trial after the other on the calling thread. */
    TrialRunner SEQUENTIAL = new TrialRunner() {
        @Override
        public <T> List<T> runAll(List<Supplier<T>> trials) {
            List<T> results = new ArrayList<>(trials.size());
            for (Supplier<T> trial : trials) {
                results.add(trial.get());
            }
            return results;
        }
    };

    /**
     * Runs every supplier once and returns the results in the same order (a result may be null). An
     * exception of a trial is thrown by this method once the batch has ended.
     */
    <T> List<T> runAll(List<Supplier<T>> trials);
}
