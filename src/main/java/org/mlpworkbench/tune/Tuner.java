package org.mlpworkbench.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.mlpworkbench.prep.RecipeException;
import org.mlpworkbench.train.TrainingControl;

/**
 * Random search with successive halving (Jamieson and Talwalkar 2016; the one-bracket case of Hyperband,
 * Li et al. 2017). A round draws {@code n} configurations from the space with a seeded {@link Random},
 * trains each for a few epochs, keeps the best ⌊n/η⌋ (η = {@value TuneSettings#ETA}), trains those η
 * times as long, and so on until the last rung trains for the most epochs. Why this and not plain random
 * search or a model of the score surface: most configurations are visibly bad after a few epochs, so
 * halving spends the budget on the promising ones (9 configurations at 27 epochs cost 9·3 + 3·9 + 1·27 =
 * 81 epochs, a third of training all nine fully), it needs no assumption about the surface, every trial
 * is independent (so trials can run in parallel and be reproduced one by one), and a finished rung is a
 * complete, reportable result when the budget ends early. A trial always trains from scratch; nothing is
 * carried between rungs but the choice of configurations.
 *
 * <p>With a budget (a trial count, a time limit or both) rounds repeat with fresh configurations until it
 * is spent; without one, a single round runs. The time limit is checked before each trial starts, so no
 * trial starts after it; a trial that would pass the trial count is never started. A stop request from
 * the {@link TrainingControl} ends the search within a batch of training (a pause holds the next
 * trial too); the trial it interrupted is
 * discarded and every finished one is kept. Results are deterministic for a seed: the configurations
 * depend only on the seed and the scores of finished rungs, and each trial's training only on its own
 * settings and the seed, whatever the {@link TrialRunner}.
 */
public final class Tuner {

    private final TrialEvaluator evaluator;
    private final TrialRunner runner;
    private final LongSupplier nanoTime;

    /** A search that scores with {@code evaluator} and runs each rung's trials with {@code runner}. */
    public Tuner(TrialEvaluator evaluator, TrialRunner runner) {
        this(evaluator, runner, System::nanoTime);
    }

    Tuner(TrialEvaluator evaluator, TrialRunner runner, LongSupplier nanoTime) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Searches {@code space}; synchronous (the runner may use other threads). */
    public TuneResult search(SearchSpace space, TuneSettings settings, TuneListener listener, TrainingControl control) {
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(control, "control");
        Search search = new Search(settings, listener, control, nanoTime.getAsLong());
        Random random = new Random(settings.seed());
        TuneResult.StopReason reason = null;
        for (int bracket = 1; reason == null; bracket++) {
            List<TrialParameters> candidates = new ArrayList<>();
            for (int i = 0; i < settings.configurations(); i++) {
                candidates.add(TrialParameters.sample(space, random));
            }
            for (int rung = 0; rung < settings.rungs() && reason == null; rung++) {
                List<Trial> rungTrials = search.run(candidates, bracket, rung);
                reason = search.stopReason(candidates.size(), rungTrials.size());
                if (reason == null && rung + 1 < settings.rungs()) {
                    candidates = rungTrials.stream().sorted(Trial::better).limit(settings.size(rung + 1))
                            .map(Trial::parameters).toList();
                }
            }
            if (reason == null && !settings.hasBudget()) {
                reason = TuneResult.StopReason.COMPLETED;
            }
        }
        return search.result(reason);
    }

    /** The state of one search: trials scheduled and finished, the clock. */
    private final class Search {
        private final TuneSettings settings;
        private final TuneListener listener;
        private final TrainingControl control;
        private final long start;
        private final List<Trial> finished = new ArrayList<>();
        private int scheduled;
        private int lastBatch;

        Search(TuneSettings settings, TuneListener listener, TrainingControl control, long start) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.listener = listener;
            this.control = control;
            this.start = start;
        }

        /** Runs one rung: as many of {@code candidates} as the trial count allows; returns those that finished. */
        List<Trial> run(List<TrialParameters> candidates, int bracket, int rung) {
            int room = settings.maxTrials() == 0 ? candidates.size()
                    : Math.min(candidates.size(), settings.maxTrials() - scheduled);
            int epochs = settings.epochs(rung);
            List<Supplier<Trial>> batch = new ArrayList<>(room);
            for (int i = 0; i < room; i++) {
                int number = ++scheduled;
                TrialParameters parameters = candidates.get(i);
                batch.add(() -> trial(number, bracket, rung, epochs, parameters));
            }
            lastBatch = room;
            List<Trial> done = runner.runAll(batch).stream().filter(Objects::nonNull).toList();
            finished.addAll(done);
            return done;
        }

        /** Why the search ends after a rung of {@code wanted} trials of which {@code done} finished, or null. */
        TuneResult.StopReason stopReason(int wanted, int done) {
            if (control.stopRequested()) {
                return TuneResult.StopReason.CANCELLED;
            }
            if (done < lastBatch || pastDeadline()) {
                return TuneResult.StopReason.BUDGET;
            }
            if (lastBatch < wanted || (settings.maxTrials() > 0 && scheduled >= settings.maxTrials())) {
                return TuneResult.StopReason.TRIALS;
            }
            return null;
        }

        private boolean pastDeadline() {
            return settings.timeBudget() != null && nanoTime.getAsLong() - start >= settings.timeBudget().toNanos();
        }

        /** Runs one trial, or returns null without training when the search must not start it. */
        private Trial trial(int number, int bracket, int rung, int epochs, TrialParameters parameters) {
            control.awaitIfPaused();
            if (control.stopRequested() || pastDeadline()) {
                return null;
            }
            long began = nanoTime.getAsLong();
            List<Double> scores;
            ChosenThresholds thresholds = null;
            String failure = null;
            try {
                TrialEvaluator.Outcome outcome = evaluator.evaluateWithThresholds(parameters, epochs, settings.seed(), control);
                scores = outcome.foldScores();
                thresholds = outcome.thresholds();
            } catch (CancellationException e) {
                return null;
            } catch (RecipeException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                scores = List.of();
                failure = e.getMessage();
            }
            double mean = scores.isEmpty() ? Double.NaN : scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            Trial trial = new Trial(number, bracket, rung, epochs, parameters, scores, mean,
                    (nanoTime.getAsLong() - began) / 1e9, failure, scores.isEmpty() ? null : thresholds);
            listener.trialFinished(trial);
            return trial;
        }

        TuneResult result(TuneResult.StopReason reason) {
            double seconds = (nanoTime.getAsLong() - start) / 1e9;
            List<Trial> trials = finished.stream().sorted(Comparator.comparingInt(Trial::number)).toList();
            Trial best = Trial.best(trials);
            double perMinute = trials.isEmpty() || seconds <= 0 ? 0 : trials.size() / (seconds / 60);
            return new TuneResult(evaluator.metric(), trials, best, seconds, perMinute, reason);
        }
    }
}
