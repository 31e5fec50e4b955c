package org.mlpworkbench.ui;

import javafx.animation.AnimationTimer;

/**
 * Measures how responsive the JavaFX application thread is: an {@link AnimationTimer} records the
 * longest gap between two consecutive pulses (normally ~16.7 ms at 60 Hz); a gap much longer than
 * that is a stall — work on the FX thread that froze the window for that long.
 */
final class PulseProbe extends AnimationTimer {

    private final java.util.List<String> stalls = new java.util.ArrayList<>();
    private long first;
    private long last;
    private long worst;
    private long pulses;
    private long over50;
    private long worstAfterStart;

    @Override
    public void handle(long now) {
        if (last != 0) {
            long gap = now - last;
            worst = Math.max(worst, gap);
            if (last - first >= SETTLE_NANOS) {
                worstAfterStart = Math.max(worstAfterStart, gap);
            }
            if (gap > 50_000_000L) {
                over50++;
                stalls.add(String.format(java.util.Locale.ROOT, "%.0f ms at %.2f s", gap / 1e6, (last - first) / 1e9));
            }
        } else {
            first = now;
        }
        pulses++;
        last = now;
    }

    /** Pulses in the first half second after start (the frames that switch the UI into "training") are "settling". */
    static final long SETTLE_NANOS = 500_000_000L;

    /** The longest gap that began at least {@link #SETTLE_NANOS} after the first pulse, in milliseconds. */
    double worstGapAfterSettlingMillis() {
        return worstAfterStart / 1e6;
    }

    /** The longest gap between pulses so far, in milliseconds. */
    double worstGapMillis() {
        return worst / 1e6;
    }

    /** Pulses seen. */
    long pulses() {
        return pulses;
    }

    /** Each gap over 50 ms with the time (since the first pulse) at which it began. */
    java.util.List<String> stalls() {
        return stalls;
    }

    /** Gaps longer than 50 ms. */
    long stallsOver50ms() {
        return over50;
    }
}
