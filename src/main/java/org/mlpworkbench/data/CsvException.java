package org.mlpworkbench.data;

/**
 * A CSV input that cannot be loaded, or a column that cannot take the type asked for. {@link #getMessage()}
 * is a complete sentence for people that names the file, and where it applies the line and the column.
 */
public class CsvException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String column;

    /**
     * @param source  the file (or input name) concerned
     * @param line    the 1-based line in the file, or 0 when the problem is not on one line
     * @param column  the column concerned, or {@code null}
     * @param message the complete human sentence
     */
    public CsvException(String source, long line, String column, String message) {
        this(source, line, column, message, null);
    }

    public CsvException(String source, long line, String column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file or input name concerned. */
    public String source() {
        return source;
    }

    /** The 1-based line of the file, or 0 when the problem is not tied to a line. */
    public long line() {
        return line;
    }

    /** The column concerned, or {@code null}. */
    public String column() {
        return column;
    }
}
