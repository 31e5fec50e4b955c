/**
 * Metrics for every task, and the exact threshold curve that the threshold explorer queries.
 * Takes predictions and targets only.
 */
package org.mlpworkbench.metrics;
