package org.mlpworkbench.data;

/**
 * Thrown when a {@link LoadListener} asked to stop. A subclass of {@link CsvException} so one
 * {@code catch} handles every way a load can end without a table; catch it first to tell a cancellation
 * apart from a failure.
 */
public final class LoadCancelledException extends CsvException {

    private static final long serialVersionUID = 1L;

    private final long rowsRead;

    public LoadCancelledException(String source, long rowsRead) {
        super(source, 0, null, "Loading " + source + " was cancelled after " + rowsRead + " rows.");
        this.rowsRead = rowsRead;
    }

    /** The data rows parsed before the load stopped. */
    public long rowsRead() {
        return rowsRead;
    }
}
