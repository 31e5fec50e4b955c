package org.mlpworkbench.ui.tune;

import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainDefaults;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.tune.TrialParameters;
import org.mlpworkbench.ui.train.ScheduleChoice;
import org.mlpworkbench.ui.train.TrainForm;

/**
 * "Train with these settings": writes a trial's configuration into the Train form exactly as the trial trained
 * it — its hidden layers, activation, dropout, learning rate, batch size, optimizer and AdamW decay, its epochs
 * with early stopping off (the trial was scored after exactly that many), bias on, a constant rate, SGD's
 * momentum of the search, and the search's seed. The output and the validation share stay the user's: the run
 * holds out its usual share so that Evaluate has rows to score.
 */
final class TrialSettings {

    private TrialSettings() {
    }

    static void apply(Trial trial, long seed, TrainForm form) {
        TrialParameters p = trial.parameters();
        form.hiddenLayers.set(TuneTexts.widths(p.hidden()));
        form.activation.set(p.activation());
        form.dropout.set(TuneTexts.number(p.dropout()));
        form.bias.set(true);
        form.epochs.set(String.valueOf(trial.epochs()));
        form.learningRate.set(TuneTexts.number(p.learningRate()));
        form.batchSize.set(String.valueOf(p.batchSize()));
        form.optimizer.set(p.optimizer());
        form.weightDecay.set(p.optimizer() == Optimizer.ADAMW ? TuneTexts.number(p.weightDecay()) : "0");
        form.momentum.set(TrainDefaults.SGD_MOMENTUM);
        form.schedule.set(ScheduleChoice.CONSTANT);
        form.earlyStopping.set(false);
        form.seed.set(String.valueOf(seed));
    }
}
