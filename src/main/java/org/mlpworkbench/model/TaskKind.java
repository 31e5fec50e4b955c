package org.mlpworkbench.model;

/**
 * What the targets mean, which fixes the default output activation and loss (both overridable in
 * {@link MlpSpec}) and the main metric the trainer reports. Targets are always {@code rows × outputs}:
 * binary {@code n × 1} of 0/1, multi-label {@code n × k} of 0/1, multi-class {@code n × k} one-hot,
 * regression {@code n × k} values.
 */
public enum TaskKind {
    BINARY(OutputActivation.SIGMOID, LossFunction.BINARY_CROSS_ENTROPY,
            "Binary: one sigmoid output giving the probability of the positive class, trained with binary "
                    + "cross-entropy computed from the logit, which is the log-likelihood of a yes/no outcome."),
    MULTI_CLASS(OutputActivation.SOFTMAX, LossFunction.CROSS_ENTROPY,
            "Multi-class: a softmax over the classes with cross-entropy, because exactly one class is true, "
                    + "so the probabilities must compete and sum to 1."),
    MULTI_LABEL(OutputActivation.SIGMOID, LossFunction.BINARY_CROSS_ENTROPY,
            "Multi-label: one sigmoid per label with binary cross-entropy, because labels are independent "
                    + "— softmax would make them compete."),
    REGRESSION(OutputActivation.IDENTITY, LossFunction.MSE,
            "Regression: identity outputs with mean squared error, because the targets are unbounded "
                    + "numbers and MSE is the likelihood of Gaussian noise around the prediction.");

    private final OutputActivation defaultOutput;
    private final LossFunction defaultLoss;
    private final String explanation;

    TaskKind(OutputActivation defaultOutput, LossFunction defaultLoss, String explanation) {
        this.defaultOutput = defaultOutput;
        this.defaultLoss = defaultLoss;
        this.explanation = explanation;
    }

    public OutputActivation defaultOutputActivation() {
        return defaultOutput;
    }

    public LossFunction defaultLoss() {
        return defaultLoss;
    }

    /** One sentence for the UI saying why the default output and loss suit this task. */
    public String explanation() {
        return explanation;
    }

    /** Name of the main metric the trainer reports for this task. */
    public String metricName() {
        return switch (this) {
            case BINARY, MULTI_LABEL -> "accuracy@0.5";
            case MULTI_CLASS -> "accuracy";
            case REGRESSION -> "RMSE";
        };
    }

    /** True when a larger metric value is better (accuracy), false for RMSE. */
    public boolean metricHigherIsBetter() {
        return this != REGRESSION;
    }

    /** The network's task for a preparation recipe's task: the one mapping between the two. */
    public static TaskKind of(org.mlpworkbench.prep.Task task) {
        return switch (task) {
            case BINARY -> BINARY;
            case MULTI_CLASS -> MULTI_CLASS;
            case MULTI_LABEL -> MULTI_LABEL;
            case REGRESSION -> REGRESSION;
        };
    }
}
