package org.mlpworkbench.data;

import java.util.Arrays;

/**
 * The fields of a run of records, as offsets into a byte buffer: field {@code f} of row {@code r} spans
 * {@code buf[start(r * columns + f), end(r * columns + f))}. An end with {@link #ESCAPED} set marks a quoted
 * field holding doubled quotes, which must be unescaped before use. In free mode ({@code columns == 0}, used
 * for sniffing) every record is kept with its own field count; otherwise records with another field count
 * are left out and listed as ragged.
 */
final class TokenizedChunk {

    /** Flag on an end offset: the field contains doubled quotes. */
    static final int ESCAPED = 1 << 31;

    /** The bytes the offsets point into (grown by {@link #appendBytes} when records are built from strings). */
    byte[] buf;
    private int bufSize;
    final int columns;
    int rows;
    int fields;
    int[] starts;
    int[] ends;
    /** Line (0-based, relative to the start of the chunk) on which each kept row starts. */
    int[] rowLine;
    /** Free mode only: the number of fields of each record. */
    int[] fieldCounts;
    /** Ragged records: relative line and field count of the first ones, and how many in all. */
    int[] raggedLines = new int[0];
    int[] raggedCounts = new int[0];
    int raggedTotal;
    /** Line breaks consumed, i.e. the relative line on which the next chunk starts. */
    int lines;
    /** Where tokenizing stopped: the end of the last complete record. */
    int consumed;

    TokenizedChunk(byte[] buf, int columns, int expectedRows) {
        this.buf = buf == null ? new byte[1024] : buf;
        this.columns = columns;
        int rows = Math.max(16, expectedRows);
        int perRow = Math.max(1, columns);
        this.starts = new int[rows * perRow];
        this.ends = new int[rows * perRow];
        this.rowLine = new int[rows];
        this.fieldCounts = columns == 0 ? new int[rows] : null;
    }

    int start(int field) {
        return starts[field];
    }

    /** The end offset without the escape flag. */
    int end(int field) {
        return ends[field] & ~ESCAPED;
    }

    boolean escaped(int field) {
        return ends[field] < 0;
    }

    void ensureFieldCapacity(int needed) {
        if (needed > starts.length) {
            int n = Math.max(needed, starts.length + (starts.length >> 1));
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
        }
    }

    void addRow(int line, int fieldCount) {
        if (rows == rowLine.length) {
            int n = rows + (rows >> 1) + 1;
            rowLine = Arrays.copyOf(rowLine, n);
            if (fieldCounts != null) {
                fieldCounts = Arrays.copyOf(fieldCounts, n);
            }
        }
        rowLine[rows] = line;
        if (fieldCounts != null) {
            fieldCounts[rows] = fieldCount;
        }
        rows++;
    }

    void addRagged(int line, int fieldCount, int keep) {
        if (raggedTotal < keep) {
            raggedLines = Arrays.copyOf(raggedLines, raggedTotal + 1);
            raggedCounts = Arrays.copyOf(raggedCounts, raggedTotal + 1);
            raggedLines[raggedTotal] = line;
            raggedCounts[raggedTotal] = fieldCount;
        }
        raggedTotal++;
    }

    /** Makes this chunk empty and pointing into {@code newBuf}, keeping its arrays for reuse. */
    void reset(byte[] newBuf) {
        buf = newBuf;
        bufSize = 0;
        rows = 0;
        fields = 0;
        raggedLines = new int[0];
        raggedCounts = new int[0];
        raggedTotal = 0;
        lines = 0;
        consumed = 0;
    }

    /** Appends {@code b} to a buffer owned by this chunk and returns its start offset. */
    int appendBytes(byte[] b) {
        if (bufSize + b.length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(bufSize + b.length, buf.length * 2));
        }
        System.arraycopy(b, 0, buf, bufSize, b.length);
        int start = bufSize;
        bufSize += b.length;
        return start;
    }
}
