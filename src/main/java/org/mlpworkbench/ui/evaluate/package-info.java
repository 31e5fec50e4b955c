/**
 * The Evaluate step: how good a trained model is and where its decision threshold should be.
 *
 * <p>{@link org.mlpworkbench.ui.evaluate.EvaluateViewModel} holds the run picker (runs with a model, the
 * latest by default; {@code session.RunChoice}) and the source: the run's validation split, or a labelled CSV file read, prepared
 * with the model's recipe and scored in one background {@code EvaluationJob} (the latest one wins: a newer evaluation cancels an older one
 * and drops its result). Every evaluation becomes an
 * {@link org.mlpworkbench.ui.evaluate.EvaluationData} (outputs, targets, recipe) and then a
 * {@link org.mlpworkbench.ui.evaluate.Scored}: the curves, the threshold-free metrics and the task's report,
 * computed once on the worker thread. For binary and multi-label models a {@link org.mlpworkbench.ui.evaluate.ThresholdExplorer}
 * owns one {@code threshold} property that the chart marker, the slider and the field all move; each move
 * queries the precomputed {@link org.mlpworkbench.metrics.ThresholdCurve} ({@code at(t)}, a binary
 * search), never recomputes, and writes the thresholds in force back to the run
 * ({@link org.mlpworkbench.ui.session.RunRecord#setThresholds}), so export and prediction use them.
 * Multi-label models choose one global threshold (pooled curve) or one per label.
 *
 * <p>{@link org.mlpworkbench.ui.evaluate.EvaluateView} shows the source bar, the threshold-free metrics and
 * a tab pane rebuilt for each evaluation. Tabs enter only through
 * {@link org.mlpworkbench.ui.evaluate.EvaluateView#addTabs}: a function from the {@code Scored} evaluation
 * and its run to the tabs that suit it, called again for each evaluation; the "Threshold" tab
 * ({@code ThresholdPane}: chart, slider, {@code ThresholdNumbers}, {@code ConfusionGrid}, {@code CostFields},
 * best buttons, {@code CompareBox}; {@code LabelThresholds} for multi-label) is registered that way too, with
 * its view-models {@link org.mlpworkbench.ui.evaluate.CostChoice} (TP/FP/FN/TN costs and the cost curve) and
 * {@link org.mlpworkbench.ui.evaluate.CompareChoice} (a second run overlaid). {@link org.mlpworkbench.ui.evaluate.MetricsText} formats metrics, the step status and the
 * tab-separated "Copy metrics" report. View-models use javafx.beans only and are tested with
 * {@code SynchronousBackgroundTasks}.
 *
 * <p>{@link org.mlpworkbench.ui.evaluate.EvaluationTabs#forData} gives the other views that suit the task (the
 * main window adds them with {@code addTabs}):
 * {@link org.mlpworkbench.ui.evaluate.CurvesPane} (ROC and precision–recall, binary and multi-label),
 * {@link org.mlpworkbench.ui.evaluate.ConfusionPane} (multi-class), {@link org.mlpworkbench.ui.evaluate.RegressionPane},
 * {@link org.mlpworkbench.ui.evaluate.CalibrationPane} (every classification model; its
 * {@link org.mlpworkbench.ui.evaluate.CalibrationReport} is built in {@code Scored.of})
 * and {@link org.mlpworkbench.ui.evaluate.CrossValidationPane}. Each pane takes
 * {@code (Scored, Supplier<Window>)} and shows a toolkit-free report built with the evaluation on the worker
 * thread ({@link org.mlpworkbench.ui.evaluate.CurveReport}, {@link org.mlpworkbench.ui.evaluate.ConfusionReport},
 * {@link org.mlpworkbench.ui.evaluate.RegressionReport}) that only calls the metrics package, so what is shown
 * is what the metrics classes compute; numbers are shown with four decimals and copied with full precision
 * as tab-separated text. Cross-validation re-trains the run's settings through
 * {@link org.mlpworkbench.bundle.BundleTrainer#crossValidate} (one fold loop for the app and the command
 * line) in one background job of {@link org.mlpworkbench.ui.evaluate.CrossValidationViewModel}, one per run for as
 * long as the run is in the session ({@link org.mlpworkbench.ui.evaluate.ViewModelsByRun}, made by the main window,
 * as the explanations are); its
 * {@link org.mlpworkbench.ui.session.CrossValidationResult} holds every fold's metrics and, for binary
 * models, the out-of-fold threshold curve with the folds' accuracy band.
 *
 * <p>The "Explain" tab ({@link org.mlpworkbench.ui.evaluate.ExplainPane}) computes permutation importance and
 * partial dependence ({@code bundle.PermutationImportance}, {@code bundle.PartialDependence}) on the rows of the
 * evaluation shown, which {@link org.mlpworkbench.ui.evaluate.EvaluationData#prepared()} keeps as the recipe
 * prepared them, in background jobs of the run's {@link org.mlpworkbench.ui.evaluate.ExplainViewModel}; like
 * cross-validation there is one per run for as long as the run is in the session
 * ({@link org.mlpworkbench.ui.evaluate.ViewModelsByRun}, made by the main window). {@code ExplainText} gives
 * its bars and copied text.
 *
 * <p><b>The rows behind the numbers.</b> An {@code EvaluationData} keeps the table its rows came from (the
 * run's training table for the validation split, the labelled file otherwise) and each evaluated row's
 * index in it ({@code Prepared.rowIndices}, so rows left out for a missing target are never listed).
 * Clicking a cell of the threshold tab's {@code ConfusionGrid} or of the multi-class grid asks
 * {@link org.mlpworkbench.ui.evaluate.CellRowsLister} (one per Evaluate view, given to the tabs by
 * {@code EvaluationTabs.forData}) to find the cell's rows in a background job
 * ({@code metrics.ConfusionRows}, the counts' own rules) and list them ({@code bundle.CellRows}); the
 * {@link org.mlpworkbench.ui.evaluate.CellRowsWindow} shows them sortable, copies them as tab-separated text
 * and saves them as injection-safe CSV in another job.
 */
package org.mlpworkbench.ui.evaluate;
