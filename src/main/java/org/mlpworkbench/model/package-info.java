/**
 * The multi-layer perceptron: architecture, parameters in one flat buffer, forward and backward
 * passes, output activations and losses. Takes plain feature and target matrices.
 */
package org.mlpworkbench.model;
