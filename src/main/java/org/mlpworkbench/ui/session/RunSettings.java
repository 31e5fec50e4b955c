package org.mlpworkbench.ui.session;

import java.util.List;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.OutputActivation;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.TrainConfig;

/**
 * A snapshot of the Train form when a run starts: the network's shape (its input and output widths
 * are known only once the recipe is fitted on the training rows), the training settings and the share
 * of rows held out for validation (0 = none).
 */
public record RunSettings(TaskKind task, List<Integer> hiddenWidths, Activation activation,
                          OutputActivation output, LossFunction loss, boolean bias, double dropout,
                          TrainConfig config, double validationShare) {

    public RunSettings {
        hiddenWidths = List.copyOf(hiddenWidths);
    }

    /** The network as the core builds it once the recipe is fitted (the same choice {@code mlpw train} makes). */
    public BundleTrainer.NetworkChoice network() {
        return new BundleTrainer.NetworkChoice(hiddenWidths, activation, output, loss, bias, dropout, 0.0);
    }

    /**
     * The settings in one line, e.g. "10 → 128 ReLU → 1 sigmoid (binary cross entropy) · ADAM lr 0.001 · batch 64";
     * {@code built} is the network once built from the fitted recipe (null before: the hidden widths stand in).
     */
    public String describe(MlpSpec built) {
        String network = built != null ? built.describe() : hiddenWidths + " " + activation.displayName();
        return network + " · " + config.optimizer() + " lr " + config.learningRate() + " · batch " + config.batchSize();
    }
}
