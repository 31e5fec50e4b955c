/**
 * The multi-layer perceptron: architecture ({@link org.mlpworkbench.model.MlpSpec}), task defaults
 * ({@link org.mlpworkbench.model.TaskKind}), parameters, forward and backward passes, output
 * activations and losses. {@link org.mlpworkbench.model.Mlp} is the immutable, thread-safe trained
 * model (named parameters {@code layers.<i>.weight} {@code [out, in]} and {@code layers.<i>.bias},
 * {@code predict}); {@link org.mlpworkbench.model.Network} is the mutable single-precision network a
 * trainer drives batch by batch.
 *
 * <p>Design. The forward/backward logic ({@code Engine}) is written once over a {@code Kernels}
 * interface with a {@code float[]} implementation for training and a {@code double[]} one for
 * gradient checks, so the check runs the code that trains. Matrix products go straight to OpenBLAS
 * ({@code cblas_sgemm}, the BLAS that ND4J links) on Java arrays; bias + activation, activation
 * derivative, dropout and column sums are fused loops over preallocated buffers. Measured on the
 * seed workload, ND4J ops cost tens of microseconds each, more than a whole small batch, and a
 * flat off-heap buffer made the element-wise and Adam loops 1.5–8× slower than on-heap arrays; so
 * each parameter tensor is its own {@code float[]} and the flat parameter vector is defined by
 * {@link org.mlpworkbench.model.ParameterLayout} (order, names, shapes, offsets) for snapshots and
 * exports. Output activation and loss are fused in double ({@code OutputLoss}) in the numerically
 * stable forms. Weight init is He normal (ReLU family) or Xavier uniform (tanh, sigmoid, output layer),
 * biases zero, all from one seed. See docs/engine.md.
 */
package org.mlpworkbench.model;
