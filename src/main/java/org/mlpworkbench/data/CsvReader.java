package org.mlpworkbench.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads CSV files into a {@link LoadedTable}. Detects the dialect (delimiter, quote, header, encoding),
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
        String name = String.valueOf(file.getFileName() == null ? file : file.getFileName());
        if (Files.isDirectory(file)) {
            throw new CsvException(name, 0, null, file + " is a directory, not a CSV file.");
        }
        if (!Files.exists(file)) {
            throw new CsvException(name, 0, null, "There is no file " + file + ".");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CsvException(name, 0, null, "Could not read " + file + ": " + e.getMessage(), e);
        }
        return QuickLoader.load(name, bytes, options, listener);
    }

    /** Reads CSV text held in memory; {@code name} stands for the file in messages. */
    public static LoadedTable readText(String name, String text) throws CsvException {
        return readText(name, text, CsvOptions.defaults());
    }

    /** Reads CSV text held in memory with the given options. */
    public static LoadedTable readText(String name, String text, CsvOptions options) throws CsvException {
        return read(name, new StringReader(text), options, LoadListener.NONE);
    }

    /** Reads CSV text from {@code reader} (already decoded, so no charset detection); {@code name} is for messages. */
    public static LoadedTable read(String name, Reader reader, CsvOptions options, LoadListener listener)
            throws CsvException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[1 << 14];
        try {
            for (int n; (n = reader.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new CsvException(name, 0, null, "Could not read " + name + ": " + e.getMessage(), e);
        }
        return QuickLoader.load(name, sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                options.charset() == null ? options.withCharset(java.nio.charset.StandardCharsets.UTF_8) : options,
                listener);
    }
}
