/**
 * Benchmark workloads behind the {@code bench} command. Each measures a baseline in the same run.
 */
package org.mlpworkbench.bench;
