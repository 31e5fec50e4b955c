package org.mlpworkbench.data;

/**
 * Observes a load while it runs. Every method is called on the thread that called
 * {@link CsvReader#read(java.nio.file.Path, CsvOptions, LoadListener)}, never concurrently, and all have
 * empty defaults so an implementation overrides only what it needs.
 */
public interface LoadListener {

    /** A listener that ignores everything and never cancels. */
    LoadListener NONE = new LoadListener() {
    };

    /** Called as the input is consumed (a few times per megabyte, and once at the end). */
    default void progress(LoadProgress progress) {
    }

    /**
     * Called once, before the bulk of the file is parsed, with the first rows (at most
     * {@link CsvOptions#previewRows()}); types in the preview are inferred from those rows only.
     */
    default void preview(Table firstRows) {
    }

    /**
     * Polled between blocks of input (at least every few megabytes); returning {@code true} makes the load
     * stop promptly with a {@link LoadCancelledException}.
     */
    default boolean cancelled() {
        return false;
    }
}
