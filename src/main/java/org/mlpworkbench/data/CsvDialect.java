package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How a CSV file is written, as detected by {@link CsvReader} (or forced through {@link CsvOptions}).
 *
 * @param delimiter  the field separator: {@code ,} {@code ;} tab or {@code |}
 * @param quote      the character that encloses fields holding delimiters, quotes or line breaks
 * @param header     whether the first record names the columns (if not, they are {@code column_1}...)
 * @param charset    the encoding the text was decoded with
 * @param bom        whether the file starts with a byte order mark
 * @param lineEnding the first record terminator found: {@code "\n"}, {@code "\r\n"} or {@code "\r"}
 */
public record CsvDialect(char delimiter, char quote, boolean header, Charset charset, boolean bom, String lineEnding) {

    public CsvDialect {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(lineEnding, "lineEnding");
        if (delimiter == quote) {
            throw new IllegalArgumentException("the delimiter and the quote are both '" + delimiter + "'");
        }
    }

    /** A one-line description for people, e.g. {@code delimiter ';', quote '"', header row, UTF-8, LF}. */
    public String describe() {
        return "delimiter " + show(delimiter) + ", quote " + show(quote) + ", "
                + (header ? "header row" : "no header row") + ", " + charset.name() + (bom ? " with BOM" : "")
                + ", " + lineEndingName() + " line endings";
    }

    /** {@code LF}, {@code CRLF} or {@code CR}. */
    public String lineEndingName() {
        return switch (lineEnding) {
            case "\r\n" -> "CRLF";
            case "\r" -> "CR";
            default -> "LF";
        };
    }

    static String show(char c) {
        return c == '\t' ? "tab" : "'" + c + "'";
    }
}
