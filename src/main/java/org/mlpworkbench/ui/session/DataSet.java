package org.mlpworkbench.ui.session;

import java.nio.file.Path;
import java.util.List;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Table;

/**
 * A loaded CSV file: where it came from and what the reader produced (table, dialect, warnings, the
 * file line of every row for messages).
 */
public record DataSet(Path file, LoadedTable loaded) {

    /** The data. */
    public Table table() {
        return loaded.table();
    }

    /** The same file over a new load result (e.g. after a column was retyped). */
    public DataSet with(LoadedTable replacement) {
        return new DataSet(file, replacement);
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
        return file.getFileName().toString();
    }
}
