/**
 * The Evaluate step: how good a trained model is and where its decision threshold should be.
 *
 * <p>{@link org.mlpworkbench.ui.evaluate.EvaluateViewModel} holds the run picker (runs with a model, the
 * latest by default) and the source: the run's validation split, or a labelled CSV file read, prepared
 * with the model's recipe and scored in one background {@code EvaluationJob}. Every evaluation becomes an
 * {@link org.mlpworkbench.ui.evaluate.EvaluationData} (outputs, targets, recipe) and then a
 * {@link org.mlpworkbench.ui.evaluate.Scored}: the curves and threshold-free metrics, computed once on the
 * worker thread. For binary and multi-label models a {@link org.mlpworkbench.ui.evaluate.ThresholdExplorer}
 * owns one {@code threshold} property that the chart marker, the slider and the field all move; each move
 * queries the precomputed {@link org.mlpworkbench.metrics.ThresholdCurve} ({@code at(t)}, a binary
 * search), never recomputes, and writes the thresholds in force back to the run
 * ({@link org.mlpworkbench.ui.session.RunRecord#setThresholds}), so export and prediction use them.
 * Multi-label models choose one global threshold (pooled curve) or one per label.
 *
 * <p>{@link org.mlpworkbench.ui.evaluate.EvaluateView} shows the source bar, the threshold-free metrics and
 * a tab pane rebuilt for each evaluation. Tabs enter only through
 * {@link org.mlpworkbench.ui.evaluate.EvaluateView#addTab(String, java.util.function.Predicate,
 * java.util.function.BiFunction)}: a title, the tasks it applies to, and a function building the pane from
 * the {@code Scored} evaluation and its run; the "Threshold" tab ({@code ThresholdPane}: chart, slider,
 * metrics, {@code ConfusionGrid}, best buttons; {@code LabelThresholds} for multi-label) is registered
 * that way too. {@link org.mlpworkbench.ui.evaluate.MetricsText} formats metrics, the step status and the
 * tab-separated "Copy metrics" report. View-models use javafx.beans only and are tested with
 * {@code SynchronousBackgroundTasks}.
 */
package org.mlpworkbench.ui.evaluate;
