package org.mlpworkbench.ui.train;

import org.mlpworkbench.train.LearningRateSchedule;

/** The learning-rate schedules offered in the Train form, with fixed, commonly used parameters. */
public enum ScheduleChoice {
    CONSTANT("constant", "The learning rate stays the same throughout."),
    STEP("step (×0.5 every 10 epochs)", "The rate halves every 10 epochs."),
    COSINE("cosine", "The rate falls along a half cosine from its start value to 0 over the whole run."),
    ONE_CYCLE("one-cycle", "Warms up from rate/25 to the rate over the first 30 % of batches, then anneals "
            + "to almost 0 (Leslie Smith's one-cycle policy); often trains fastest.");

    private final String label;
    private final String explanation;

    ScheduleChoice(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }

    /** The core schedule. */
    public LearningRateSchedule schedule() {
        return switch (this) {
            case CONSTANT -> new LearningRateSchedule.Constant();
            case STEP -> new LearningRateSchedule.Step(10, 0.5);
            case COSINE -> new LearningRateSchedule.Cosine(0);
            case ONE_CYCLE -> LearningRateSchedule.OneCycle.defaults();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
