package org.mlpworkbench.ui.session;

import java.util.List;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.model.OutputActivation;
import org.mlpworkbench.model.TaskKind;

/**
 * An output activation with its loss, as offered in the Train form for a task, with one sentence on
 * why it suits (or does not suit) the task. The first option of a task is its default.
 */
public record OutputChoice(OutputActivation output, LossFunction loss, String label, String why) {

    /** The options for {@code task}, default first. */
    public static List<OutputChoice> optionsFor(TaskKind task) {
        OutputChoice standard = new OutputChoice(task.defaultOutputActivation(), task.defaultLoss(),
                name(task.defaultOutputActivation(), task.defaultLoss()) + " (default)", task.explanation());
        return switch (task) {
            case BINARY, MULTI_LABEL -> List.of(standard, new OutputChoice(OutputActivation.SIGMOID, LossFunction.MSE,
                    name(OutputActivation.SIGMOID, LossFunction.MSE),
                    "Mean squared error on sigmoid outputs: its gradient shrinks as an output saturates, so a "
                            + "confidently wrong prediction is corrected slowly — train it beside BCE to compare."));
            case MULTI_CLASS -> List.of(standard, new OutputChoice(OutputActivation.SOFTMAX, LossFunction.MSE,
                    name(OutputActivation.SOFTMAX, LossFunction.MSE),
                    "Mean squared error on softmax probabilities: bounded errors give weak gradients for wrong, "
                            + "confident predictions, so it usually learns slower than cross-entropy."));
            case REGRESSION -> List.of(standard);
        };
    }

    private static String name(OutputActivation output, LossFunction loss) {
        String out = switch (output) {
            case SIGMOID -> "sigmoid";
            case SOFTMAX -> "softmax";
            case IDENTITY -> "identity";
        };
        String l = switch (loss) {
            case BINARY_CROSS_ENTROPY -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy";
            case MSE -> "MSE";
        };
        return out + " + " + l;
    }

    /** The loss's name as the summary line shows it, e.g. "binary cross-entropy". */
    public String lossName() {
        return switch (loss) {
            case BINARY_CROSS_ENTROPY -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy";
            case MSE -> "mean squared error";
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
