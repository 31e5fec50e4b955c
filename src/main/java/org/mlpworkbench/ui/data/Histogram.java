package org.mlpworkbench.ui.data;

import java.util.List;
import java.util.Locale;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnSummary;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;

/**
 * The small distribution drawn beside each column: equal-width bins for numbers, the most frequent
 * values for categories. Computed once per column in the load job (never on the UI thread).
 *
 * @param counts  rows per bar
 * @param labels  what each bar stands for, e.g. "[0, 8)" or "male"
 * @param caption a one-line description for the tooltip
 */
public record Histogram(int[] counts, List<String> labels, String caption) {

    /** Bars for a numeric column. */
    public static final int NUMERIC_BINS = 20;

    public Histogram {
        counts = counts.clone();
        labels = List.copyOf(labels);
        if (counts.length != labels.size()) {
            throw new IllegalArgumentException(counts.length + " counts but " + labels.size() + " labels");
        }
    }

    /** The distribution of {@code column}. */
    public static Histogram of(Column column) {
        ColumnSummary s = column.summary();
        if (column instanceof NumericColumn numeric && s.distinct() > 0 && column.type() == ColumnType.NUMERIC) {
            return numeric(numeric, s);
        }
        List<ColumnSummary.ValueCount> top = s.top();
        int[] counts = top.stream().mapToInt(ColumnSummary.ValueCount::count).toArray();
        List<String> labels = top.stream().map(ColumnSummary.ValueCount::value).toList();
        String caption = s.distinct() + " distinct values"
                + (s.distinct() > top.size() ? "; the " + top.size() + " most frequent shown" : "");
        return new Histogram(counts, labels, caption);
    }

    private static Histogram numeric(NumericColumn column, ColumnSummary s) {
        if (s.distinct() <= NUMERIC_BINS) {
            return perValue(column, s);
        }
        double min = s.min();
        double max = s.max();
        int bins = max > min ? NUMERIC_BINS : 1;
        int[] counts = new int[bins];
        double width = (max - min) / bins;
        for (int row = 0; row < column.size(); row++) {
            double v = column.value(row);
            if (!Double.isNaN(v)) {
                int b = width > 0 ? (int) ((v - min) / width) : 0;
                counts[Math.min(bins - 1, Math.max(0, b))]++;
            }
        }
        String[] labels = new String[bins];
        for (int b = 0; b < bins; b++) {
            labels[b] = "[" + number(min + b * width) + ", " + number(min + (b + 1) * width)
                    + (b == bins - 1 ? "]" : ")");
        }
        String caption = String.format(Locale.ROOT, "min %s · max %s · mean %s · sd %s",
                number(min), number(max), number(s.mean()), number(s.std()));
        return new Histogram(counts, List.of(labels), caption);
    }

    /** One bar per distinct value, in increasing order (for numbers with few values, e.g. a class 1/2/3). */
    private static Histogram perValue(NumericColumn column, ColumnSummary s) {
        java.util.TreeMap<Double, Integer> counts = new java.util.TreeMap<>();
        for (int row = 0; row < column.size(); row++) {
            double v = column.value(row);
            if (!Double.isNaN(v)) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        int[] bars = counts.values().stream().mapToInt(Integer::intValue).toArray();
        List<String> labels = counts.keySet().stream().map(Histogram::number).toList();
        String caption = String.format(Locale.ROOT, "%d distinct values from %s to %s · mean %s",
                s.distinct(), number(s.min()), number(s.max()), number(s.mean()));
        return new Histogram(bars, labels, caption);
    }

    /** A number in at most four significant digits, as shown in tooltips. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("\\.?0+(e|$)", "$1");
    }

    /** The largest count (0 for an empty histogram). */
    public int maxCount() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }
}
