/**
 * The Train step. {@link org.mlpworkbench.ui.train.TrainForm} is the form as a view-model (one validated
 * {@code Field} per typed value; Start is executable only while all are valid). It starts as
 * {@code train.TrainPreset.RECOMMENDED}; {@code PresetValues} applies a preset (the Preset buttons) and
 * names the one the form still equals. Values that follow the data size are typed {@code auto} and
 * resolved for the file's rows by the core's {@code train.TrainDefaults} when a run starts (the command
 * line resolves them with the same code); notes under the fields say what they come to. {@link org.mlpworkbench.ui.train.TrainViewModel} starts each run as one {@code TrainingJob}, which calls the same
 * core path as {@code mlpw train} ({@code bundle.TrainedRun}: split with the run's seed, recipe fitted on the
 * training rows only, train, score the validation rows), so one seed and one recipe give the same weights in
 * the app and on the command line; pause and stop go through a {@code TrainingSwitch}, and pausing is kept only
 * in the run's status. The job's events reach the run's curves at most 10 times a second through {@link
 * org.mlpworkbench.ui.train.ShownRun}, which also holds the progress line. A stopped or diverged run keeps the
 * model the trainer returns; the session remembers the last run with a usable model. The LR finder ({@link
 * org.mlpworkbench.ui.train.LrFinderModel}, {@code LrFinderJob}) is another job. Views: {@code TrainFormView},
 * {@code TrainingCharts} (loss with the per-batch smoothed line and a compared run dashed; main metric),
 * {@code RunHistory}, {@code LrFinderPane}.
 */
package org.mlpworkbench.ui.train;
