package org.mlpworkbench.data;

/** What a column holds, as inferred from its values or set by the user. */
public enum ColumnType {
    /** Integer or real numbers. Stored in a {@link NumericColumn}. */
    NUMERIC,
    /** Two values such as true/false, yes/no or 0/1. Stored in a {@link CategoricalColumn} whose level 0 is the false-like value. */
    BOOLEAN,
    /** Strings of moderate cardinality. Stored in a {@link CategoricalColumn}. */
    CATEGORICAL,
    /** Free text with high cardinality (e.g. a ticket number). Stored in a {@link CategoricalColumn}. */
    TEXT,
    /** Unique, or nearly unique, per row (e.g. a name or a row id). Numeric or categorical storage. */
    IDENTIFIER,
    /** A single value in every non-missing row. Numeric or categorical storage. */
    CONSTANT
}
