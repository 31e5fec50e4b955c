package org.mlpworkbench.metrics;

/**
 * One class's scores in a multi-class problem (one-vs-rest counts; 0/0 ratios are 0).
 *
 * @param classIndex the class (column of the one-hot targets)
 * @param support how many rows truly belong to the class
 */
public record ClassScores(int classIndex, double precision, double recall, double f1, long support) {
}
