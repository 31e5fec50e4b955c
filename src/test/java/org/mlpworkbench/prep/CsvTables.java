package org.mlpworkbench.prep;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mlpworkbench.data.CategoricalColumn;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.NumericColumn;
import org.mlpworkbench.data.Table;

/**
 * A minimal CSV parse for tests of real files, independent of the project's reader: every field is
 * kept as text ({@link #raw}), and {@link #table} builds a Table with the column types the caller states
 * (numeric storage for NUMERIC, categorical otherwise; empty fields are missing).
 */
final class CsvTables {

    private CsvTables() {
    }

    /** The header and the rows of {@code file}, as text. */
    record Raw(List<String> header, List<List<String>> rows) {

        List<String> column(String name) {
            int i = header.indexOf(name);
            return rows.stream().map(r -> r.get(i)).toList();
        }
    }

    static Raw raw(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return new Raw(parser.getHeaderNames(), rows);
        }
    }

    /** A table of {@code file} with the given column types ({@code fallback} for columns not listed). */
    static Table table(Path file, Map<String, ColumnType> types, ColumnType fallback) throws IOException {
        Raw raw = raw(file);
        List<Column> columns = new ArrayList<>();
        for (String name : raw.header()) {
            ColumnType type = types.getOrDefault(name, fallback);
            List<String> text = raw.column(name);
            if (type == ColumnType.NUMERIC || (type == ColumnType.IDENTIFIER && text.stream().allMatch(s -> s.matches("\\d+")))) {
                double[] values = text.stream().mapToDouble(s -> s.isEmpty() ? Double.NaN : Double.parseDouble(s)).toArray();
                columns.add(NumericColumn.wrap(name, type, values));
            } else {
                String[] values = text.stream().map(s -> s.isEmpty() ? null : s).toArray(String[]::new);
                if (type == ColumnType.BOOLEAN) {
                    columns.add(zeroOne(name, values));
                } else {
                    columns.add(CategoricalColumn.of(name, type, values));
                }
            }
        }
        return Table.of(file.getFileName().toString(), columns);
    }

    /** A BOOLEAN column of "0"/"1" values, with level 0 = "0" as the reader orders boolean levels. */
    private static CategoricalColumn zeroOne(String name, String[] values) {
        int[] codes = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            codes[i] = values[i] == null ? -1 : Integer.parseInt(values[i]);
        }
        return CategoricalColumn.wrap(name, ColumnType.BOOLEAN, codes, List.of("0", "1"));
    }
}
