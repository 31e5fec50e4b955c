package org.mlpworkbench.ui.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * How the evaluation panes write numbers: on screen with four decimals (one beyond 1000), "n/a" for an
 * undefined value; in copied text with full precision, tab-separated, one row per line, so that a
 * spreadsheet takes it as it is.
 */
final class MetricFormat {

    private MetricFormat() {
    }

    /** A metric as shown, e.g. "0.8421", "1234.5" or "n/a". */
    static String shown(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%.1f" : "%.4f", v);
    }

    /** A metric as copied: full precision, "NaN" when undefined. */
    static String copied(double v) {
        return Double.toString(v);
    }

    /** One tab-separated line. */
    static String row(List<String> cells) {
        return String.join("\t", cells) + "\n";
    }

    /** The class or label part of an output name ("cover=water" → "water"), or the name itself. */
    static String valueName(String outputName, String column) {
        String prefix = column + "=";
        return outputName.startsWith(prefix) ? outputName.substring(prefix.length()) : outputName;
    }
}
