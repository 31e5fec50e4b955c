package org.mlpworkbench.bundle;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;

/**
 * The rows a model is explained on: a model bundle, its recipe's features of the rows and their targets
 * as the recipe encodes them (as in {@link Prepared}; standardized for regression). The targets may be
 * null for partial dependence, which needs none.
 */
public record ExplainRows(ModelBundle bundle, Matrix features, Matrix targets) {

    public ExplainRows {
        Objects.requireNonNull(bundle, "bundle");
        Objects.requireNonNull(features, "features");
        if (targets != null && targets.rows() != features.rows()) {
            throw new IllegalArgumentException(features.rows() + " feature rows but " + targets.rows() + " target rows");
        }
        if (features.cols() != bundle.recipe().featureNames().size()) {
            throw new IllegalArgumentException("the rows have " + features.cols() + " features, the recipe makes "
                    + bundle.recipe().featureNames().size());
        }
    }

    /** The rows of {@code prepared} (rows prepared by {@code bundle}'s recipe). */
    public static ExplainRows of(ModelBundle bundle, Prepared prepared) {
        return new ExplainRows(bundle, prepared.features(), prepared.targets());
    }

    public FittedRecipe recipe() {
        return bundle.recipe();
    }

    public int rows() {
        return features.rows();
    }

    /**
     * At most {@code max} of these rows, chosen at random with {@code seed} and kept in their order; all of
     * them (this) when there are no more than {@code max}.
     */
    public ExplainRows sample(int max, long seed) {
        if (max < 1) {
            throw new IllegalArgumentException("the row cap must be at least 1, got " + max);
        }
        int n = rows();
        if (n <= max) {
            return this;
        }
        int[] order = permutation(n, new SplittableRandom(seed));
        int[] chosen = Arrays.copyOf(order, max);
        Arrays.sort(chosen);
        return new ExplainRows(bundle, features.rows(chosen), targets == null ? null : targets.rows(chosen));
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Throws {@link java.util.concurrent.CancellationException} once {@code listener} cancelled. */
    static void checkCancelled(ExplainListener listener) {
        if (listener.cancelled()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
    }
}
