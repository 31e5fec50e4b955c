package org.mlpworkbench.tune;

import java.util.List;
import java.util.Objects;

/**
 * One finished evaluation of a configuration: its place in the search, how long it trained, its score
 * per fold and their mean, and how long it took.
 *
 * @param number     1, 2, … in the order the search scheduled the trials (the same with any runner)
 * @param bracket    the round of successive halving, from 1 (a search with a budget starts a new round
 *                   with fresh configurations when one ends)
 * @param rung       0 for a configuration's first evaluation, 1 after its first promotion, …
 * @param foldScores the objective on each fold (one for a single validation split); empty when it failed
 * @param score      the mean of {@code foldScores}; NaN when the trial failed
 * @param failure    why the trial could not be scored (training refused the settings), or null
 * @param thresholds for binary and multi-label tasks, one threshold per output chosen on this trial's
 *                   out-of-fold predictions (with their optimistic score); null when none were chosen.
 *                   They are carried to the model trained from the trial, never used to rank: {@code score}
 *                   is at 0.5.
 */
public record Trial(int number, int bracket, int rung, int epochs, TrialParameters parameters, List<Double> foldScores,
                    double score, double seconds, String failure, ChosenThresholds thresholds) {

    public Trial {
        Objects.requireNonNull(parameters, "parameters");
        foldScores = List.copyOf(foldScores);
    }

    /** A trial without chosen thresholds. */
    public Trial(int number, int bracket, int rung, int epochs, TrialParameters parameters, List<Double> foldScores,
                 double score, double seconds, String failure) {
        this(number, bracket, rung, epochs, parameters, foldScores, score, seconds, failure, null);
    }

    /** The chosen thresholds, one per output, or an empty list when none were chosen. */
    public List<Double> thresholdValues() {
        return thresholds == null ? List.of() : thresholds.thresholds();
    }

    /** True when the trial was scored. */
    public boolean scored() {
        return !Double.isNaN(score);
    }

    /** Better first: the higher score, then the longer training, then the earlier trial; failed trials last. */
    /** The best scored trial of {@code trials} by {@link #better}, or null when none was scored. */
    public static Trial best(List<Trial> trials) {
        return trials.stream().filter(Trial::scored).min(Trial::better).orElse(null);
    }

    static int better(Trial a, Trial b) {
        if (a.scored() != b.scored()) {
            return a.scored() ? -1 : 1;
        }
        int byScore = Double.compare(b.score, a.score);
        if (byScore != 0) {
            return byScore;
        }
        int byEpochs = Integer.compare(b.epochs, a.epochs);
        return byEpochs != 0 ? byEpochs : Integer.compare(a.number, b.number);
    }
}
