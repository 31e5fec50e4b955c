/**
 * The Train step. {@link org.mlpworkbench.ui.train.TrainForm} is the form as a view-model (one validated
 * {@code Field} per typed value; Start is executable only while all are valid). {@link
 * org.mlpworkbench.ui.train.TrainViewModel} starts each run as one {@code TrainingJob} (split with the
 * run's seed, recipe fitted on the training rows only, {@code Trainer.train} with a {@code TrainingSwitch}
 * for pause/stop); the trainer's listener only appends to a {@code LiveFeed}, drained at most 10 times a
 * second into the run's curves ({@code session.RunRecord}). A stopped or diverged run keeps the model the
 * trainer returns; the session remembers the last run with a usable model. The LR finder is another job
 * ({@code LrFinderJob}). Views: {@code TrainFormView}, {@code TrainingCharts} (loss with the per-batch
 * smoothed line and a compared run dashed; main metric), {@code RunHistory}, {@code LrFinderPane}.
 */
package org.mlpworkbench.ui.train;
