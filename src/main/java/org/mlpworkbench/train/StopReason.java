package org.mlpworkbench.train;

/** Why training ended. */
public enum StopReason {
    /** All configured epochs ran. */
    COMPLETED,
    /** The monitored loss did not improve for {@code patience} epochs. */
    EARLY_STOPPED,
    /** The caller asked to stop. */
    CANCELLED,
    /** The loss became NaN or infinite. */
    DIVERGED
}
