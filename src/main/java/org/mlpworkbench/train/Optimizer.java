package org.mlpworkbench.train;

/** Parameter update rules, with PyTorch's semantics for the same hyper-parameters. */
public enum Optimizer {
    /** Stochastic gradient descent; with {@code momentum > 0} heavy-ball momentum, Nesterov when asked. */
    SGD,
    /** Adam with bias correction. */
    ADAM,
    /** Adam with decoupled weight decay ({@code w -= lr · weightDecay · w} before the Adam step, weights only). */
    ADAMW
}
