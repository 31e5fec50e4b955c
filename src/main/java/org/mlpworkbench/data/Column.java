package org.mlpworkbench.data;

/**
 * One immutable column of a {@link Table}. Storage is either numeric ({@link NumericColumn}) or
 * dictionary-encoded strings ({@link CategoricalColumn}); {@link #type()} says how to treat it.
 */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    String name();

    ColumnType type();

    /** Number of rows. */
    int size();

    boolean isMissing(int row);

    int missingCount();

    /** The value as text for display and re-typing; {@code null} when missing. */
    String text(int row);

    /** Statistics of this column (computed once, on first use). */
    ColumnSummary summary();

    /** A new column holding the given rows, in that order. */
    Column rows(int[] rowIndices);

    /** The same values under another name. */
    Column renamed(String newName);

    /** The same storage with another type tag; only tags that fit the storage are accepted. */
    Column withType(ColumnType newType);
}
