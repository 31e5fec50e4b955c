package org.mlpworkbench.ui.component;

import java.util.ArrayList;
import java.util.List;

/**
 * A "nice" linear axis: a range widened to round numbers and ticks at steps of 1, 2 or 5 × 10^k
 * (the usual chart convention), about {@code targetTicks} of them.
 *
 * @param min   the lower end (a multiple of {@code step})
 * @param max   the upper end (a multiple of {@code step})
 * @param step  the distance between ticks
 */
public record PlotAxis(double min, double max, double step) {

    /** An axis covering [lo, hi] with about {@code targetTicks} ticks; a degenerate range is widened. */
    public static PlotAxis covering(double lo, double hi, int targetTicks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new PlotAxis(0, 1, 0.2);
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
            lo -= pad;
            hi += pad;
        }
        double rough = (hi - lo) / Math.max(1, targetTicks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        double step = (residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10) * magnitude;
        return new PlotAxis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** The tick values from min to max. */
    public List<Double> ticks() {
        List<Double> out = new ArrayList<>();
        long n = Math.round((max - min) / step);
        for (long i = 0; i <= n; i++) {
            out.add(min + i * step);
        }
        return out;
    }

    /** A tick label with as many decimals as the step needs. */
    public String label(double value) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (Math.abs(value) < step * 1e-6) {
            value = 0;
        }
        return decimals == 0 ? Long.toString(Math.round(value))
                : String.format(java.util.Locale.ROOT, "%." + Math.min(decimals, 8) + "f", value);
    }
}
