/**
 * The Tune step: a hyperparameter search over an editable space (the core's {@code org.mlpworkbench.tune}) as one
 * background job on a pool of threads of this layer, with a live table of trials, a best-so-far chart, a
 * parallel-coordinates plot and "Train with these settings".
 */
package org.mlpworkbench.ui.tune;
