/**
 * The Train step. {@link org.mlpworkbench.ui.train.TrainForm} is the form as a view-model (one validated
 * {@code Field} per typed value; Start is executable only while all are valid). It starts as
 * {@code train.TrainPreset.RECOMMENDED}; {@code PresetValues} applies a preset (the Preset buttons) and
 * names the one the form still equals. Values that follow the data size are typed {@code auto} and
 * resolved for the file's rows by the core's {@code train.TrainDefaults} when a run starts (the command
 * line resolves them with the same code); notes under the fields say what they come to. {@link
 * org.mlpworkbench.ui.train.TrainViewModel} starts each run as one {@code TrainingJob} (split with the
 * run's seed, recipe fitted on the training rows only, {@code Trainer.train} with a {@code TrainingSwitch}
 * for pause/stop); the trainer's listener only appends to a {@code LiveFeed}, drained at most 10 times a
 * second into the run's curves ({@code session.RunRecord}). A stopped or diverged run keeps the model the
 * trainer returns; the session remembers the last run with a usable model. The LR finder is another job
 * ({@code LrFinderJob}). Views: {@code TrainFormView}, {@code TrainingCharts} (loss with the per-batch
 * smoothed line and a compared run dashed; main metric), {@code RunHistory}, {@code LrFinderPane}.
 */
package org.mlpworkbench.ui.train;
