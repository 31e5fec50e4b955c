package org.mlpworkbench.bench;

/** One side's figure for one workload in one environment: seconds of training and training samples per second. */
record Measured(String workload, double seconds, double samplesPerSecond, BenchEnvironment environment) {
}
