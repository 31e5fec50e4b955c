/**
 * Training: optimizers, schedules, mini-batches, validation, early stopping and progress events.
 * Synchronous; starts no threads; reports through a listener with immutable records.
 */
package org.mlpworkbench.train;
