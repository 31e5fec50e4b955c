package org.mlpworkbench.bundle;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV (comma, {@code \n} line ends, quotes where needed) that is safe to open in a
 * spreadsheet: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage
 * return and is not a number gets a leading apostrophe, so it is shown as text instead of being run
 * as a formula (OWASP "CSV injection"). Numbers such as {@code -0.25} are written unchanged.
 */
public final class SafeCsvWriter implements Closeable, Flushable {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final CSVPrinter printer;

    public SafeCsvWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    /** Writes one row, neutralising each cell. */
    public void writeRow(List<String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(neutralise(cell));
        }
        printer.printRecord(safe);
    }

    /** The cell as it is safe to write: unchanged, or prefixed with {@code '} if a spreadsheet would run it. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!dangerous || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
