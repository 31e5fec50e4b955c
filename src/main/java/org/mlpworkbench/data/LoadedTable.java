package org.mlpworkbench.data;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of reading a CSV input: the table, how the file was written, and what the reader had to
 * do to read it.
 *
 * @param table    the data
 * @param dialect  the delimiter, quote, header, encoding and line ending used
 * @param warnings things a person should know: renamed columns, skipped rows, encoding fallback,
 *                 infinite values treated as missing, a row limit reached (empty when none)
 * @param bytes    the size of the input in bytes (characters for text given as a string or reader)
 * @param elapsed  how long the load took
 * @param rowLines the file line on which each row starts, for messages
 */
public record LoadedTable(Table table, CsvDialect dialect, List<String> warnings, long bytes, Duration elapsed,
                          RowLines rowLines) {

    public LoadedTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(dialect, "dialect");
        warnings = List.copyOf(warnings);
        if (rowLines.rows() != table.rowCount()) {
            throw new IllegalArgumentException("row lines describe " + rowLines.rows() + " rows, the table has "
                    + table.rowCount());
        }
    }

    /**
     * This load with {@code column} re-typed (e.g. NUMERIC to CATEGORICAL or back). When the values cannot
     * take the type, the exception names the first offending value and the file line it is on.
     */
    public LoadedTable withType(String column, ColumnType type) throws CsvException {
        Column current = table.column(column);
        ColumnConversion.Result result = ColumnConversion.convert(current, type);
        if (result.failure() != null) {
            ColumnConversion.Failure f = result.failure();
            throw new CsvException(table.source(), rowLines.lineOf(f.row()), column,
                    table.source() + ", line " + rowLines.lineOf(f.row()) + ", column '" + column + "': " + f.reason());
        }
        List<String> w = new ArrayList<>(warnings);
        if (result.warning() != null) {
            w.add(result.warning());
        }
        return new LoadedTable(table.withColumn(result.column()), dialect, w, bytes, elapsed, rowLines);
    }
}
