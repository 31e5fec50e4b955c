package org.mlpworkbench.ui.session;

/** Where a training run stands. */
public enum RunStatus {
    RUNNING("running"),
    PAUSED("paused"),
    COMPLETED("completed"),
    EARLY_STOPPED("stopped early"),
    STOPPED("stopped"),
    DIVERGED("diverged"),
    FAILED("failed");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    /** True while the run can still change. */
    public boolean isActive() {
        return this == RUNNING || this == PAUSED;
    }

    @Override
    public String toString() {
        return label;
    }
}
