/**
 * Training: {@link org.mlpworkbench.train.Trainer#train} runs seeded mini-batch training on the
 * calling thread and returns an immutable {@link org.mlpworkbench.train.TrainingResult}; configuration
 * is the record {@link org.mlpworkbench.train.TrainConfig} (optimizer SGD/momentum/Nesterov, Adam,
 * AdamW; schedules constant, step, cosine, one-cycle; early-stopping patience; seed). With patience the
 * result keeps the best epoch's weights, bit for bit those a run of exactly that many epochs ends with.
 * The defaults the app and the command line share are {@link org.mlpworkbench.train.TrainDefaults}, with
 * its two rules by the data file's rows (hidden width, AdamW's weight decay), gathered with the classic
 * Titanic net into the named {@link org.mlpworkbench.train.TrainPreset}s (docs/defaults.md).
 * {@link org.mlpworkbench.train.LearningRateFinder} runs fastai's range test on its own copy of the
 * weights.
 *
 * <p>Progress goes to a {@link org.mlpworkbench.train.TrainingListener} as immutable
 * {@link org.mlpworkbench.train.BatchStats} and {@link org.mlpworkbench.train.EpochStats}; a
 * {@link org.mlpworkbench.train.TrainingControl} (e.g. the thread-safe
 * {@link org.mlpworkbench.train.TrainingSwitch}) is consulted before every batch, so stop takes effect
 * within one batch and pause blocks the training thread. The core starts no threads. Non-finite loss
 * stops training with the last finite epoch's weights. Optimizers follow torch.optim's arithmetic
 * (checked against PyTorch); each step is one fused loop per tensor and allocates nothing. The task's
 * main metric is computed here by a small accumulator (the metrics package comes later in the layering).
 */
package org.mlpworkbench.train;
