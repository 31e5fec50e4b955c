package org.mlpworkbench.data;

import java.util.List;

/**
 * Statistics of one column: what the column list of the UI shows and what preprocessing defaults
 * are derived from. Numeric statistics are {@code NaN} for categorical storage; {@code top} lists the
 * most frequent values (at most ten) with their counts, most frequent first, for both storages.
 */
public record ColumnSummary(
        String name,
        ColumnType type,
        int rows,
        int missing,
        int distinct,
        double min,
        double max,
        double mean,
        double std,
        List<ValueCount> top) {

    public ColumnSummary {
        top = List.copyOf(top);
    }

    /** Non-missing rows. */
    public int present() {
        return rows - missing;
    }

    /** A value and how many rows hold it. */
    public record ValueCount(String value, int count) {
    }
}
