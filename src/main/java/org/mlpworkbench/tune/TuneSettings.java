package org.mlpworkbench.tune;

import java.time.Duration;

/**
 * How a search runs: {@code configurations} random configurations per round of successive halving, the
 * most epochs a trial trains, the budget, and the seed.
 *
 * @param configurations configurations drawn at the start of each round (the first rung's trials)
 * @param maxEpochs      the epochs of the last rung; the rungs below train a third, a ninth, … as long
 * @param maxTrials      the most trials the search runs; 0 for no limit
 * @param timeBudget     no trial starts after this much time has passed; null for no limit
 * @param seed           seeds the configurations drawn and every trial's training (folds, weights)
 */
public record TuneSettings(int configurations, int maxEpochs, int maxTrials, Duration timeBudget, long seed) {

    /** The reduction factor η: each rung keeps the best third and trains it three times as long. */
    public static final int ETA = 3;

    public TuneSettings {
        if (configurations < 1) {
            throw new IllegalArgumentException("configurations: expected at least 1, got " + configurations);
        }
        if (maxEpochs < 1) {
            throw new IllegalArgumentException("maxEpochs: expected at least 1, got " + maxEpochs);
        }
        if (maxTrials < 0) {
            throw new IllegalArgumentException("maxTrials: expected 0 (no limit) or more, got " + maxTrials);
        }
        if (timeBudget != null && timeBudget.isNegative()) {
            throw new IllegalArgumentException("timeBudget: expected 0 or more, got " + timeBudget);
        }
    }

    /** True when the search repeats rounds until its budget is spent (a trial or time limit is set). */
    public boolean hasBudget() {
        return maxTrials > 0 || timeBudget != null;
    }

    /** The number of rungs of one round: 1 + ⌊log_η configurations⌋ (9 configurations: 9, 3, 1). */
    public int rungs() {
        int rungs = 1;
        for (long n = configurations; n >= ETA; n /= ETA) {
            rungs++;
        }
        return rungs;
    }

    /** The epochs of rung {@code rung}: {@code maxEpochs / η^(last − rung)}, at least 1; the last rung {@code maxEpochs}. */
    public int epochs(int rung) {
        int last = rungs() - 1;
        return (int) Math.max(1, Math.round(maxEpochs / Math.pow(ETA, last - rung)));
    }

    /** How many configurations rung {@code rung} trains: {@code ⌊configurations / η^rung⌋}, at least 1. */
    public int size(int rung) {
        return (int) Math.max(1, configurations / (long) Math.pow(ETA, rung));
    }
}
