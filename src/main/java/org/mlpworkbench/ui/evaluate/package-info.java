/**
 * The Evaluate step: how good a trained model is and where its decision threshold should be.
 * Everything is computed from an {@link org.mlpworkbench.ui.evaluate.EvaluationData} (a run's
 * validation split or a labelled file): the threshold explorer for binary and multi-label models
 * queries a precomputed {@link org.mlpworkbench.metrics.ThresholdCurve} on every slider move, so a move
 * costs a binary search, never a recomputation. The chosen thresholds are written back to the run
 * ({@link org.mlpworkbench.ui.session.RunRecord#setThresholds}) and so into every exported bundle.
 */
package org.mlpworkbench.ui.evaluate;
