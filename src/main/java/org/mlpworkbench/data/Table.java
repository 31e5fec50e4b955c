package org.mlpworkbench.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An immutable table of equally long, uniquely named columns, read from {@code source}. */
public final class Table {

    private final String source;
    private final List<Column> columns;
    private final int rowCount;

    private Table(String source, List<Column> columns) {
        this.source = source;
        this.columns = List.copyOf(columns);
        Set<String> names = new HashSet<>();
        int rows = this.columns.isEmpty() ? 0 : this.columns.get(0).size();
        for (Column c : this.columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate column name '" + c.name() + "' in " + source);
            }
            if (c.size() != rows) {
                throw new IllegalArgumentException("column '" + c.name() + "' has " + c.size()
                        + " rows, the first column has " + rows);
            }
        }
        this.rowCount = rows;
    }

    /** A table of the given columns; names must be unique and lengths equal. */
    public static Table of(String source, List<? extends Column> columns) {
        return new Table(source, new ArrayList<>(columns));
    }

    /** A table of the given columns; names must be unique and lengths equal. */
    public static Table of(String source, Column... columns) {
        return new Table(source, List.of(columns));
    }

    /** Where the table came from: a file name, for messages. */
    public String source() {
        return source;
    }

    public int rowCount() {
        return rowCount;
    }

    public int columnCount() {
        return columns.size();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public Column column(int index) {
        return columns.get(index);
    }

    /** The column called {@code name}; a clear message listing the columns when there is none. */
    public Column column(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "no column '" + name + "' in " + source + "; its columns are: " + String.join(", ", columnNames())));
    }

    public Optional<Column> find(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A table of the given rows, in that order (indices may repeat). */
    public Table rows(int[] rowIndices) {
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.rows(rowIndices));
        }
        return new Table(source, out);
    }

    /** The first {@code n} rows (or all, if fewer). */
    public Table head(int n) {
        int[] idx = new int[Math.min(n, rowCount)];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        return rows(idx);
    }

    /** This table with {@code replacement} in place of the column of the same name. */
    public Table withColumn(Column replacement) {
        List<Column> out = new ArrayList<>(columns);
        int i = columnNames().indexOf(replacement.name());
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + replacement.name() + "' in " + source);
        }
        out.set(i, replacement);
        return new Table(source, out);
    }

    /**
     * This table with column {@code name} re-typed (e.g. NUMERIC to CATEGORICAL or back; the rules are those of
     * {@link LoadedTable#withType}). Use that method on a freshly loaded file: its messages name file lines.
     *
     * @throws IllegalArgumentException naming the first row (1-based) whose value cannot take the type
     */
    public Table withType(String name, ColumnType type) {
        ColumnConversion.Result r = ColumnConversion.convert(column(name), type);
        if (r.failure() != null) {
            throw new IllegalArgumentException(source + ", row " + (r.failure().row() + 1) + ", column '" + name
                    + "': " + r.failure().reason());
        }
        return withColumn(r.column());
    }

    @Override
    public String toString() {
        return "Table[" + source + ", " + rowCount + " rows x " + columns.size() + " columns]";
    }
}
