/**
 * Hyperparameter search (docs/tuning.md): random search with successive halving over a
 * {@link org.mlpworkbench.tune.SearchSpace}, scored by the task's main metric under k-fold
 * cross-validation ({@link org.mlpworkbench.tune.CrossValidationObjective}, one validation split for
 * large files). {@link org.mlpworkbench.tune.Tuner#search} is synchronous and starts no threads: each
 * rung's independent trials go to a {@link org.mlpworkbench.tune.TrialRunner} the caller supplies (one
 * after another by default; the command line passes a thread pool), and the
 * {@link org.mlpworkbench.tune.TrialEvaluator} seam lets tests score configurations without training.
 *
 * <p>Made for a UI to drive: every finished trial is an immutable {@link org.mlpworkbench.tune.Trial}
 * handed to a {@link org.mlpworkbench.tune.TuneListener} (a live table, a best-so-far chart), a
 * {@code TrainingControl} cancels within one batch, and the {@link org.mlpworkbench.tune.TuneResult} keeps
 * every finished trial, the best, the throughput and why the search ended. One seed, one space and one
 * table give the same trials and scores, sequential or parallel. Binary and multi-label trials carry
 * per-output thresholds chosen on their out-of-fold predictions ({@link org.mlpworkbench.tune.ChosenThresholds};
 * never used to rank), and {@link org.mlpworkbench.tune.TunedModel} trains the model a trial recommends with
 * them. The layer sits after {@code bundle},
 * whose training and cross-validation it calls; {@code cli} and {@code ui} use it.
 */
package org.mlpworkbench.tune;
