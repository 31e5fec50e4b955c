package org.mlpworkbench.model;

import java.util.random.RandomGenerator;

/**
 * The numeric primitives of the network for one element type ({@code float[]} for training and
 * prediction, {@code double[]} for gradient checks), so that {@link Engine}'s forward and backward
 * logic exists once and the finite-difference check exercises the same code path. All matrices are
 * row-major, use the first {@code rows × cols} elements of their array, and are never reallocated.
 *
 * @param <A> the array type
 */
interface Kernels<A> {

    A allocate(int length);

    /** A new array holding the given values (converted to the element type). */
    A fromFloats(float[] values);

    /** Writes the first {@code length} values into {@code target}, rounded to float when needed. */
    void toFloats(A source, float[] target, int length);

    void toDouble(A source, double[] target, int length);

    void fromDouble(double[] source, A target, int length);

    /**
     * {@code c = op(a) · op(b)} ({@code m × n}, inner size {@code k}), or {@code c += op(a) · op(b)}
     * when {@code accumulate}, where op transposes when asked.
     */
    void gemm(boolean transposeA, boolean transposeB, int m, int n, int k, A a, A b, A c, boolean accumulate);

    /** Writes {@code row} into each of the first {@code rows} rows of {@code target}. */
    void broadcastRows(A row, A target, int rows, int cols);

    /** {@code activated = activation(z)} element-wise. */
    void activate(A z, A activated, int length, Activation activation);

    /** Inverted dropout: draws {@code mask} (0 or {@code 1/(1-rate)}) and multiplies {@code activated} by it. */
    void dropout(A activated, A mask, int length, double rate, RandomGenerator random);

    /** {@code delta *= activation'(z)} (and {@code *= mask} when a dropout mask is given), element-wise. */
    void activationBackward(A delta, A z, A mask, int length, Activation activation);

    /** Column sums of a {@code rows × cols} matrix into {@code out} (length {@code cols}). */
    void columnSums(A matrix, int rows, int cols, A out);

    /** Adds {@code l2 · w} to {@code gradient} and returns {@code l2/2 · Σ w²}. */
    double addL2(A weights, A gradient, int length, double l2);
}
