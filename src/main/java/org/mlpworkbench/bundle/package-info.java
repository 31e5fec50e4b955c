/**
 * Trained models that travel: the model bundle on disk, weight exports and batch prediction.
 */
package org.mlpworkbench.bundle;
