package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Turns records into one {@link ColumnPart} per column. A column is read as numbers until a present value
 * is neither a number nor a missing token; then that chunk's column is read again as dictionary codes.
 * Blocks are tokenized and parsed in windows of a few hundred rows, row by row, so the bytes and their
 * offsets are still in the processor's cache when the fields are parsed. Runs on worker threads; its only
 * shared state is the per-column mode, which moves from INFER to CODES once a column is known to hold text.
 */
final class ChunkParser {

    /** How a column is read. */
    enum Mode {
        /** numbers if every present value is one, else codes */
        INFER,
        /** numbers; a value that is not one is reported */
        NUMBERS,
        /** codes, whatever the values look like */
        CODES
    }

    private static final int WINDOW_FIELDS = 1 << 14;

    private final AtomicReferenceArray<Mode> modes;
    private final MissingTokens missing;
    private final Charset charset;
    private final byte quote;

    ChunkParser(Mode[] modes, MissingTokens missing, Charset charset, char quote) {
        this.modes = new AtomicReferenceArray<>(modes);
        this.missing = missing;
        this.charset = charset;
        this.quote = (byte) quote;
    }

    int columns() {
        return modes.length();
    }

    /** How column {@code c} is read now. */
    Mode mode(int c) {
        return modes.get(c);
    }

    /** From now on, reads column {@code c} as codes if it was inferred (another chunk found text in it). */
    void switchToCodes(int c) {
        modes.compareAndSet(c, Mode.INFER, Mode.CODES);
    }

    /**
     * Tokenizes and parses {@code bytes[0, length)}, whole records at {@code offset} of the input, reusing
     * {@code window}'s arrays.
     *
     * @throws TokenizeError on a syntax error (lines relative to the block)
     */
    ParsedChunk parseBlock(ByteTokenizer tokenizer, byte[] bytes, long offset, int length, TokenizedChunk window,
                           int keepRagged) {
        int columns = columns();
        int windowRows = Math.max(64, WINDOW_FIELDS / columns);
        PartBuilder[] builders = null;
        int[] rowLine = null;
        int[] raggedLines = new int[0];
        int[] raggedCounts = new int[0];
        int raggedTotal = 0;
        int rows = 0;
        int lines = 0;
        int pos = 0;
        while (pos < length) {
            TokenizedChunk w = tokenizer.tokenize(bytes, pos, length, true, columns, windowRows,
                    keepRagged - raggedLines.length, window);
            if (builders == null) {
                int estimate = (int) Math.min(length, (long) w.rows * length / Math.max(1, w.consumed - pos) + 16);
                builders = builders(estimate);
                rowLine = new int[estimate];
            }
            addRows(w, builders, rows == 0);
            if (rows + w.rows > rowLine.length) {
                rowLine = Arrays.copyOf(rowLine, PartBuilder.grow(rows + w.rows));
            }
            for (int i = 0; i < w.rows; i++) {
                rowLine[rows + i] = lines + w.rowLine[i];
            }
            int kept = raggedLines.length;
            raggedLines = Arrays.copyOf(raggedLines, kept + w.raggedLines.length);
            raggedCounts = Arrays.copyOf(raggedCounts, kept + w.raggedLines.length);
            for (int i = 0; i < w.raggedLines.length; i++) {
                raggedLines[kept + i] = lines + w.raggedLines[i];
                raggedCounts[kept + i] = w.raggedCounts[i];
            }
            raggedTotal += w.raggedTotal;
            rows += w.rows;
            lines += w.lines;
            if (w.consumed <= pos) {
                break;
            }
            pos = w.consumed;
        }
        window.reset(null);
        if (builders == null) {
            builders = builders(16);
            rowLine = new int[0];
        }
        ColumnPart[] parts = new ColumnPart[columns];
        TokenizedChunk whole = null;
        for (int c = 0; c < columns; c++) {
            if (builders[c] != null) {
                parts[c] = builders[c].build();
            } else {
                if (whole == null) {
                    whole = tokenizer.tokenize(bytes, 0, length, true, columns, Integer.MAX_VALUE, 0);
                }
                parts[c] = parseColumn(whole, c, Mode.CODES);
            }
        }
        return new ParsedChunk(offset, length, rows, Arrays.copyOf(rowLine, rows), raggedLines, raggedCounts,
                raggedTotal, lines, parts);
    }

    /** Parses every column of an already tokenized chunk. */
    ColumnPart[] parse(TokenizedChunk chunk) {
        PartBuilder[] builders = builders(chunk.rows);
        addRows(chunk, builders, true);
        ColumnPart[] parts = new ColumnPart[builders.length];
        for (int c = 0; c < parts.length; c++) {
            parts[c] = builders[c] != null ? builders[c].build() : parseColumn(chunk, c, Mode.CODES);
        }
        return parts;
    }

    /** Parses one column of a tokenized chunk with the given mode (INFER falls back to codes). */
    ColumnPart parseColumn(TokenizedChunk chunk, int column, Mode mode) {
        PartBuilder builder = builder(mode, chunk.rows);
        int width = chunk.columns;
        for (int r = 0, f = column; r < chunk.rows; r++, f += width) {
            if (!builder.add(chunk.buf, chunk.start(f), chunk.end(f), chunk.escaped(f))) {
                return parseColumn(chunk, column, Mode.CODES);
            }
        }
        return builder.build();
    }

    private PartBuilder[] builders(int capacity) {
        PartBuilder[] builders = new PartBuilder[columns()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = builder(modes.get(c), capacity);
        }
        return builders;
    }

    private PartBuilder builder(Mode mode, int capacity) {
        return mode == Mode.CODES ? new PartBuilder.Codes(capacity, missing, quote)
                : new PartBuilder.Numbers(capacity, missing, mode == Mode.NUMBERS, quote, charset);
    }

    /**
     * Adds the chunk's rows, row by row. A numbers builder that meets text is replaced by a codes builder
     * that re-reads the rows before it when {@code restartable} (the chunk holds every row of the part so
     * far); otherwise it is set to {@code null} and the column is read again later.
     */
    private void addRows(TokenizedChunk chunk, PartBuilder[] builders, boolean restartable) {
        byte[] buf = chunk.buf;
        int[] starts = chunk.starts;
        int[] ends = chunk.ends;
        int columns = builders.length;
        for (int r = 0, f = 0; r < chunk.rows; r++) {
            for (int c = 0; c < columns; c++, f++) {
                PartBuilder b = builders[c];
                if (b != null) {
                    int end = ends[f];
                    if (!b.add(buf, starts[f], end & ~TokenizedChunk.ESCAPED, end < 0)) {
                        builders[c] = restartable ? restart(chunk, c, r) : null;
                    }
                }
            }
        }
    }

    /** A codes builder holding rows {@code 0..row} of column {@code c}. */
    private PartBuilder restart(TokenizedChunk chunk, int c, int row) {
        PartBuilder codes = builder(Mode.CODES, Math.max(16, chunk.rows));
        for (int r = 0, f = c; r <= row; r++, f += chunk.columns) {
            codes.add(chunk.buf, chunk.start(f), chunk.end(f), chunk.escaped(f));
        }
        return codes;
    }
}
