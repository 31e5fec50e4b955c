/**
 * Projects: saving the whole session to one file and opening it again, and never losing unsaved work.
 *
 * <p><b>Format</b> (docs/project.md). A project is a zip ({@code .mlpw}, {@link
 * org.mlpworkbench.ui.project.ProjectFile}) of {@code project.json} and one model bundle zip per run with
 * a model ({@code run-N.zip}, the bundle format of {@code bundle.ModelBundle}). {@code project.json}
 * ({@code ProjectJson}, a {@link org.mlpworkbench.ui.project.ProjectDocument}) holds the data file's
 * relative and absolute path, SHA-256, row count and column types; the recipe choices
 * ({@code RecipeChoicesJson}); the Train form's values ({@code FormValues}); every ended run (settings,
 * data fingerprint, recipe, status, message, row counts, thresholds, epoch history, smoothed batch
 * loss); the latest model run and the step shown. The training configuration and history are written by
 * {@code bundle.TrainingJson} and read strictly by {@code bundle.JsonFields}, so every error names the
 * file and the field. Writing is atomic; a newer format version is refused. Opening reads only the
 * entries the document names, each checked against its size limit before any model is extracted, and
 * {@code ProjectDataFiles} decides which named data files open without asking (regular files with a
 * data extension). These classes use no scene graph.
 *
 * <p><b>Session.</b> {@link org.mlpworkbench.ui.project.ProjectViewModel} has the commands (save and save as
 * through {@code ProjectSaving}, open; crash recovery through {@link org.mlpworkbench.ui.project.ProjectRecovery})
 * and the unsaved-changes guard ({@link org.mlpworkbench.ui.project.ProjectViewModel#guard}):
 * a pure decision over {@code DirtyTracker}'s flag and the user's {@link
 * org.mlpworkbench.ui.project.SaveChoice}. {@code ProjectCapture} snapshots the session on the UI thread;
 * {@code ProjectOpener} restores it stage by stage through the Data, Prepare and Train view-models;
 * {@code ProjectRestore} re-creates the runs in the background, recomputing each run's validation rows
 * from the data, its seed, validation share and fitted recipe when the data's SHA-256 matches. Every
 * question to the user goes through {@link org.mlpworkbench.ui.project.ProjectDialogs} ({@link
 * org.mlpworkbench.ui.project.FxProjectDialogs} in the application; tests answer themselves).
 */
package org.mlpworkbench.ui.project;
