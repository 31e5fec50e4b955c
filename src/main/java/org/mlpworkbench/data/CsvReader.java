package org.mlpworkbench.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;

/**
 * Reads CSV files into a {@link LoadedTable}; a gzip-compressed file ({@code .csv.gz}, recognised by its content)
 * is read like the CSV inside it. Detects the dialect (delimiter, quote, header, encoding),
 * infers a {@link ColumnType} per column, and reports what it recovered from; see the package
 * documentation for the exact rules. All methods are synchronous; listener callbacks arrive on the
 * calling thread.
 */
public final class CsvReader {

    private CsvReader() {
    }

    /** Reads {@code file} with detection and default options. */
    public static LoadedTable read(Path file) throws CsvException {
        return read(file, CsvOptions.defaults(), LoadListener.NONE);
    }

    /** Reads {@code file} with the given options. */
    public static LoadedTable read(Path file, CsvOptions options) throws CsvException {
        return read(file, options, LoadListener.NONE);
    }

    /**
     * Reads {@code file}, reporting progress and the first rows to {@code listener} and stopping with a
     * {@link LoadCancelledException} when it asks to.
     */
    public static LoadedTable read(Path file, CsvOptions options, LoadListener listener) throws CsvException {
        WorkerThread.require("reading " + file.getFileName());
        return FileLoader.load(file, options, listener);
    }

    /**
     * How {@code file} is written (delimiter, quote, header, encoding, line ending), judged from its first
     * block (64 KB, or more until it holds whole records) without loading it; a load may still fall back
     * from UTF-8 when a later byte is not UTF-8.
     */
    public static CsvDialect detect(Path file) throws CsvException {
        return FileLoader.detect(file, CsvOptions.defaults());
    }

    /**
     * {@code raw}, the bytes of {@code file}, unpacked as they are read when the file is gzip-compressed (so a
     * caller that streams a file itself reads {@code .csv.gz} like the loader does); {@code raw} itself otherwise.
     */
    public static InputStream unpacking(Path file, InputStream raw) throws IOException {
        return Gzip.open(file, raw);
    }

    /** Whether {@code file} is gzip-compressed (judged by its content, as the reader does). */
    public static boolean isCompressed(Path file) {
        return Gzip.is(file);
    }

    /** Reads CSV text held in memory; {@code name} stands for the file in messages. */
    public static LoadedTable readText(String name, String text) throws CsvException {
        return readText(name, text, CsvOptions.defaults());
    }

    /** Reads CSV text held in memory with the given options. */
    public static LoadedTable readText(String name, String text, CsvOptions options) throws CsvException {
        return TextLoader.load(name, text, text.length(), options, LoadListener.NONE, null, System.nanoTime());
    }

    /**
     * Reads CSV text from {@code reader} (already decoded, so the charset is not detected; the dialect reports
     * {@link CsvOptions#charset()} or UTF-8). The text is held in memory while it is parsed; {@code name}
     * stands for the file in messages.
     */
    public static LoadedTable read(String name, Reader reader, CsvOptions options, LoadListener listener)
            throws CsvException {
        long started = System.nanoTime();
        WorkerThread.require("reading " + name);
        StringBuilder text = new StringBuilder();
        char[] buf = new char[1 << 14];
        try {
            for (int n; (n = reader.read(buf)) >= 0; ) {
                text.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new CsvException(name, 0, null, name + " cannot be read: " + e.getMessage(), e);
        }
        return TextLoader.load(name, text.toString(), text.length(), options, listener, null, started);
    }
}
