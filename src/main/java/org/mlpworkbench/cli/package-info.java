/**
 * The command line: {@code inspect}, {@code train}, {@code evaluate}, {@code predict},
 * {@code export}, {@code cv} and {@code bench}.
 */
package org.mlpworkbench.cli;
