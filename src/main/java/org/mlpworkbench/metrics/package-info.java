/**
 * Metrics for every task, and the exact threshold curve that the threshold explorer queries. Takes
 * predictions and targets only ({@link org.mlpworkbench.data.Matrix} or primitive arrays), nothing else
 * of the project.
 *
 * <p><b>Threshold curve.</b> {@link org.mlpworkbench.metrics.ThresholdCurve} packs each (probability,
 * label) into one int ({@code floatBits << 1 | label}), radix-sorts, and keeps, per distinct score, the
 * positives and negatives scored above it. Conventions, the same in every class here:
 * <ul>
 * <li><b>Tie rule:</b> predicted positive iff {@code p > t}; a score equal to the threshold is negative.</li>
 * <li><b>Points:</b> one per distinct score (threshold = that score) plus point 0, threshold {@code -∞},
 * "below all scores" (everything positive); the last point predicts everything negative. Every
 * classification a threshold can produce is a point.</li>
 * <li><b>0/0:</b> a ratio with an empty denominator (precision with nothing predicted positive, recall
 * with no positives, F1 with tp = fp = fn = 0, MCC with an empty margin) is {@code 0.0}, as in
 * scikit-learn; AUC and average precision of a single-class target are {@code NaN}.</li>
 * <li><b>Best threshold:</b> exact comparison on counts; among the plateaus of maximal value the widest
 * (within [0, 1]) wins and its midpoint is returned.</li>
 * <li><b>Multi-label:</b> pooled counts, so accuracy is exactly {@code mean((p > t) == target)}.</li>
 * </ul>
 * Queries are O(log N) binary searches; {@code indexAt}, {@code accuracyAt} and the index accessors
 * allocate nothing, for a slider. {@link org.mlpworkbench.metrics.RocCurve} and
 * {@link org.mlpworkbench.metrics.PrecisionRecallCurve} are copy-free views of a curve; every curve
 * offers {@code sample(maxPoints)} (M4 reduction) for drawing.
 *
 * <p><b>Other tasks.</b> {@link org.mlpworkbench.metrics.MultiLabelMetrics},
 * {@link org.mlpworkbench.metrics.MultiClassMetrics}, {@link org.mlpworkbench.metrics.RegressionMetrics};
 * {@link org.mlpworkbench.metrics.CrossValidation} summarises any of their {@code metrics()} maps over
 * folds and {@link org.mlpworkbench.metrics.OutOfFoldCurve} gives the out-of-fold curve with a per-threshold
 * accuracy band. All inputs are checked, and refused with a message naming the row and column.
 *
 * <p><b>Understanding a model.</b> {@link org.mlpworkbench.metrics.Calibration} is the ten-bin reliability
 * diagram with the Brier score and the expected calibration error of one binary question (an output, a
 * label, or a multi-class model's most probable class); {@link org.mlpworkbench.metrics.ConfusionRows}
 * gives the rows behind one confusion-matrix cell under the counts' own rules. A threshold can be chosen
 * by any {@link org.mlpworkbench.metrics.ThresholdObjective}: a {@link org.mlpworkbench.metrics.ThresholdMetric}
 * (now with MCC), {@link org.mlpworkbench.metrics.FBeta} or the lowest expected cost of
 * {@link org.mlpworkbench.metrics.ThresholdCosts}, each compared exactly on counts (big-number cross
 * products where a long could overflow or a weight is not an integer).
 */
package org.mlpworkbench.metrics;
