package org.mlpworkbench.data;

import java.util.Arrays;

/**
 * A chunk after tokenizing and column parsing: its column parts, the relative line of each row, the
 * ragged records it skipped, and where its bytes lie in the input (so a column can be parsed again).
 */
final class ParsedChunk {

    /** Where a chunk's bytes are, kept after its parts are merged in case a column must be re-read. */
    record Span(long offset, int length, int rows) {
    }

    final Span span;
    final ColumnPart[] parts;
    final int rows;
    final int[] rowLine;
    final int[] raggedLines;
    final int[] raggedCounts;
    final int raggedTotal;
    final int lines;

    ParsedChunk(long offset, int length, int rows, int[] rowLine, int[] raggedLines, int[] raggedCounts,
                int raggedTotal, int lines, ColumnPart[] parts) {
        this.span = new Span(offset, length, rows);
        this.parts = parts;
        this.rows = rows;
        this.rowLine = rowLine;
        this.raggedLines = raggedLines;
        this.raggedCounts = raggedCounts;
        this.raggedTotal = raggedTotal;
        this.lines = lines;
    }

    /** The chunk of a whole tokenized run of records and its parsed parts. */
    static ParsedChunk of(long offset, int length, TokenizedChunk tokens, ColumnPart[] parts) {
        return new ParsedChunk(offset, length, tokens.rows, Arrays.copyOf(tokens.rowLine, tokens.rows),
                tokens.raggedLines.clone(), tokens.raggedCounts.clone(), tokens.raggedTotal, tokens.lines, parts);
    }
}
