package org.mlpworkbench.bundle;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.Table;

/**
 * Rows of the original table with one more column, e.g. the rows behind a confusion-matrix cell with the
 * model's probability: every column of the table as it was read (a missing value is empty), then
 * {@code extraName}. Saved as CSV with every cell neutralised against formula injection, as predictions
 * are ({@link SafeCsvWriter}). Immutable.
 *
 * @param columns    the table's column names, then the extra column's
 * @param tableRows  per listed row, its row in the table (0-based)
 * @param cells      per listed row, its cells in {@code columns} order (the extra value last, as
 *                   {@link Float#toString})
 */
public record CellRows(List<String> columns, List<Integer> tableRows, List<List<String>> cells) {

    public CellRows {
        columns = List.copyOf(columns);
        tableRows = List.copyOf(tableRows);
        cells = List.copyOf(cells);
    }

    /**
     * Rows {@code rows[positions[i]]} of {@code table} with {@code values[positions[i]]} as the extra
     * column: {@code rows} maps evaluated rows to table rows, {@code positions} picks evaluated rows.
     */
    public static CellRows of(Table table, int[] rows, int[] positions, String extraName, float[] values) {
        List<String> names = new ArrayList<>(table.columnNames());
        names.add(extraName);
        List<Integer> at = new ArrayList<>(positions.length);
        List<List<String>> cells = new ArrayList<>(positions.length);
        for (int p : positions) {
            int row = rows[p];
            List<String> line = new ArrayList<>(table.columnCount() + 1);
            for (Column c : table.columns()) {
                String text = c.text(row);
                line.add(text == null ? "" : text);
            }
            line.add(Float.toString(values[p]));
            at.add(row);
            cells.add(List.copyOf(line));
        }
        return new CellRows(names, at, cells);
    }

    /** Rows listed. */
    public int size() {
        return cells.size();
    }

    /** The rows as tab-separated text with a header line (for the clipboard). */
    public String tabSeparated() {
        return tabSeparated(cells);
    }

    /** Some of the rows ({@code lines}, e.g. those selected) as tab-separated text with the header line. */
    public String tabSeparated(List<List<String>> lines) {
        StringBuilder out = new StringBuilder(String.join("\t", columns)).append('\n');
        for (List<String> line : lines) {
            out.append(String.join("\t", line)).append('\n');
        }
        return out.toString();
    }

    /** Writes the rows to {@code file} as CSV with a header, atomically (heavy: off the UI thread). */
    public void writeCsv(Path file) throws IOException {
        org.mlpworkbench.data.WorkerThread.require("saving rows as CSV");
        AtomicFiles.write(file, stream -> {
            try (SafeCsvWriter csv = new SafeCsvWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
                csv.writeRow(columns);
                for (List<String> line : cells) {
                    csv.writeRow(line);
                }
            }
        });
    }
}
