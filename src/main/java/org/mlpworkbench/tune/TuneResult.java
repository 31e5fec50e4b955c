package org.mlpworkbench.tune;

import java.util.List;

/**
 * What a search found: every finished trial in the order scheduled, the best one, and why it ended.
 *
 * @param metric         the objective's name (larger is better)
 * @param best           the best scored trial, or null when none finished or none could be scored
 * @param seconds        the search's wall-clock time
 * @param trialsPerMinute finished trials per minute of wall-clock time (0 when none finished)
 */
public record TuneResult(String metric, List<Trial> trials, Trial best, double seconds, double trialsPerMinute,
                         StopReason stopReason) {

    /** Why a search ended. */
    public enum StopReason {
        /** One round of successive halving ran to its last rung (no budget was set). */
        COMPLETED,
        /** The trial count was reached. */
        TRIALS,
        /** The time budget was spent: no trial starts after it. */
        BUDGET,
        /** The control asked to stop; the trial in progress was discarded. */
        CANCELLED;

        /** Lower case, for reports. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public TuneResult {
        trials = List.copyOf(trials);
    }

    /** The best trial's thresholds chosen on its out-of-fold predictions, or an empty list (none chosen, no best). */
    public List<Double> bestThresholds() {
        return best == null ? List.of() : best.thresholdValues();
    }
}
