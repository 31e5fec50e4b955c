package org.mlpworkbench.data;

import java.util.List;

/**
 * A syntax error found while tokenizing, with its position relative to the chunk; the reader turns it into a
 * {@link CsvException} once it knows the absolute line and the column name.
 */
final class TokenizeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    enum Kind { UNTERMINATED_QUOTE, TEXT_AFTER_QUOTE }

    final Kind kind;
    /** Relative 0-based line of the problem (for an unterminated quote: where the quoted field opens). */
    final int line;
    /** 0-based index of the field within its record. */
    final int field;
    /** The offending character (TEXT_AFTER_QUOTE). */
    final int character;
    /** Offset in the buffer where the record with the error starts. */
    final int recordStart;

    TokenizeError(Kind kind, int line, int field, int character, int recordStart) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.line = line;
        this.field = field;
        this.character = character;
        this.recordStart = recordStart;
    }

    /** The human error, given the absolute line on which the chunk starts and the column names. */
    CsvException toException(String source, int chunkFirstLine, List<String> names) {
        int at = chunkFirstLine + line;
        String column = field < names.size() ? names.get(field) : null;
        String where = source + ", line " + at + ", " + (column != null ? "column '" + column + "'"
                : "field " + (field + 1));
        String message = switch (kind) {
            case UNTERMINATED_QUOTE -> where + ": a quoted field starts here but its closing quote never comes"
                    + " (the file ends inside it).";
            case TEXT_AFTER_QUOTE -> where + ": " + describe(character) + " follows the closing quote of a quoted"
                    + " field; only the delimiter or the end of the line may follow it (write a quote inside a"
                    + " quoted field as two quotes).";
        };
        return new CsvException(source, at, column, message);
    }

    private static String describe(int c) {
        return c >= 0x20 && c < 0x7F ? "'" + (char) c + "'" : String.format("the byte 0x%02X", c);
    }
}
