package org.mlpworkbench.data;

/**
 * Excel's first line {@code sep=;}: a file written for a spreadsheet can start with {@code sep=} and one
 * character, naming the delimiter, on a line of its own. The reader honours it — the delimiter is that
 * character unless {@link CsvOptions} fixes another, and the line is not a record (the header, if any,
 * is on line 2). The character must be printable ASCII or a tab, and not a quote.
 */
public final class SeparatorLine {
    private static final String PREFIX = "sep=";

    private SeparatorLine() {
    }

    /** The delimiter that {@code line} (one line, with or without its line break) names, or {@code null}. */
    public static Character delimiter(String line) {
        String text = line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
                : line.endsWith("\n") || line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        return text.length() == PREFIX.length() + 1 && text.startsWith(PREFIX) && usable(text.charAt(PREFIX.length()))
                ? text.charAt(PREFIX.length()) : null;
    }

    /** The length of a separator line at {@code b[from]} with its line break, or 0 when there is none. */
    static int length(byte[] b, int from, int to) {
        int end = from + PREFIX.length() + 1;
        if (end > to) {
            return 0;
        }
        for (int i = 0; i < PREFIX.length(); i++) {
            if (b[from + i] != PREFIX.charAt(i)) {
                return 0;
            }
        }
        if (!usable((char) b[end - 1])) {
            return 0;
        }
        if (end == to) {
            return end - from;
        }
        if (b[end] == '\r') {
            return end + 1 < to && b[end + 1] == '\n' ? end + 2 - from : end + 1 - from;
        }
        return b[end] == '\n' ? end + 1 - from : 0;
    }

    /** The delimiter of the separator line at {@code b[from]} ({@link #length} must be positive). */
    static char delimiterAt(byte[] b, int from) {
        return (char) b[from + PREFIX.length()];
    }

    private static boolean usable(char c) {
        return (c == '\t' || c >= 0x20 && c < 0x7f) && c != '"' && c != '\'';
    }
}
