package org.mlpworkbench.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.mlpworkbench.bundle.Sha256;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Table;

/**
 * A loaded CSV file: where it came from, what the reader produced (table, dialect, warnings, the
 * file line of every row for messages) and the SHA-256 of the bytes that were read — the fingerprint
 * saved with models and projects, so a changed file is noticed.
 */
public record DataSet(Path file, LoadedTable loaded, String sha256) {

    /** Reads and fingerprints {@code file} on the calling thread (for tests and background jobs). */
    public static DataSet load(Path file) throws CsvException, IOException {
        String hash = Sha256.of(file);
        return new DataSet(file, CsvReader.read(file), hash);
    }

    /** The data. */
    public Table table() {
        return loaded.table();
    }

    /** The same file over a new load result (e.g. after a column was retyped). */
    public DataSet with(LoadedTable replacement) {
        return new DataSet(file, replacement, sha256);
    }

    /** How the file was written, e.g. "delimiter ',', quote '"', header row, UTF-8, LF line endings". */
    public String format() {
        return loaded.dialect().describe();
    }

    public List<String> warnings() {
        return loaded.warnings();
    }

    /** The file name, e.g. "train.csv". */
    public String name() {
        return FileNames.name(file);
    }
}
