/**
 * The Evaluate step: how good a trained model is and where its decision threshold should be.
 * Everything is computed from an {@link org.mlpworkbench.ui.evaluate.EvaluationData} (a run's
 * validation split or a labelled file): the threshold explorer for binary and multi-label models
 * queries a precomputed {@link org.mlpworkbench.metrics.ThresholdCurve} on every slider move, so a move
 * costs a binary search, never a recomputation. The chosen thresholds are written back to the run
 * ({@link org.mlpworkbench.ui.session.RunRecord#setThresholds}) and so into every exported bundle.
 *
 * <p>{@link org.mlpworkbench.ui.evaluate.EvaluationTabs#forData} gives the other views that suit the task:
 * {@link org.mlpworkbench.ui.evaluate.CurvesPane} (ROC and precision–recall, binary and multi-label),
 * {@link org.mlpworkbench.ui.evaluate.ConfusionPane} (multi-class), {@link org.mlpworkbench.ui.evaluate.RegressionPane}
 * and {@link org.mlpworkbench.ui.evaluate.CrossValidationPane}. Each pane takes
 * {@code (EvaluationData, Supplier<Window>)} and computes its numbers once in a toolkit-free report
 * ({@link org.mlpworkbench.ui.evaluate.CurveReport}, {@link org.mlpworkbench.ui.evaluate.ConfusionReport},
 * {@link org.mlpworkbench.ui.evaluate.RegressionReport}) that only calls the metrics package, so what is shown
 * is what the metrics classes compute; numbers are shown with four decimals and copied with full precision
 * as tab-separated text. Cross-validation re-trains the run's settings through
 * {@link org.mlpworkbench.bundle.BundleTrainer#crossValidate} (one fold loop for the app and the command
 * line) in one background job of {@link org.mlpworkbench.ui.evaluate.CrossValidationViewModel}; its
 * {@link org.mlpworkbench.ui.evaluate.CrossValidationResult} holds every fold's metrics and, for binary
 * models, the out-of-fold threshold curve with the folds' accuracy band.
 */
package org.mlpworkbench.ui.evaluate;
