package org.mlpworkbench.data;

import java.util.Arrays;

/**
 * Where each data row of a loaded table starts in its file (1-based line numbers), so that messages about
 * a row can name the line a person sees in an editor. Stored as an offset when rows and lines advance
 * together (no embedded line breaks, blank lines or skipped rows), otherwise as one int per row.
 */
public final class RowLines {

    private final int firstLine;
    private final int[] lines;
    private final int rows;

    private RowLines(int firstLine, int[] lines, int rows) {
        this.firstLine = firstLine;
        this.lines = lines;
        this.rows = rows;
    }

    /** Row {@code i} is on line {@code firstLine + i}. */
    public static RowLines consecutive(int firstLine, int rows) {
        return new RowLines(firstLine, null, rows);
    }

    /** Row {@code i} starts on line {@code lines[i]}; takes ownership of the array (and compacts it when it can). */
    public static RowLines of(int[] lines) {
        int n = lines.length;
        if (n == 0) {
            return consecutive(1, 0);
        }
        for (int i = 1; i < n; i++) {
            if (lines[i] != lines[0] + i) {
                return new RowLines(lines[0], lines, n);
            }
        }
        return consecutive(lines[0], n);
    }

    /** The 1-based line on which data row {@code row} (0-based) starts. */
    public int lineOf(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
        return lines == null ? firstLine + row : lines[row];
    }

    /** Number of rows described. */
    public int rows() {
        return rows;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RowLines r) || r.rows != rows) {
            return false;
        }
        for (int i = 0; i < rows; i++) {
            if (lineOf(i) != r.lineOf(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return lines == null ? 31 * firstLine + rows : Arrays.hashCode(lines);
    }

    @Override
    public String toString() {
        return "RowLines[" + rows + " rows from line " + (rows == 0 ? 0 : lineOf(0)) + "]";
    }
}
