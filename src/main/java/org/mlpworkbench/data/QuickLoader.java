package org.mlpworkbench.data;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A first, whole-file loader on Commons CSV; replaced by the streaming reader. */
final class QuickLoader {

    private QuickLoader() {
    }

    static LoadedTable load(String name, byte[] bytes, CsvOptions options, LoadListener listener) throws CsvException {
        long t0 = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
        int off = bom ? 3 : 0;
        Charset cs = options.charset();
        String text;
        if (cs == null) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
                cs = StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                cs = Charset.forName("windows-1252");
                text = new String(bytes, off, bytes.length - off, cs);
                warnings.add(name + " is not valid UTF-8; it was read as windows-1252.");
            }
        } else {
            text = new String(bytes, off, bytes.length - off, cs);
        }
        if (text.isBlank()) {
            throw new CsvException(name, 0, null, name + " is empty.");
        }
        char delimiter = options.delimiter() != null ? options.delimiter() : detectDelimiter(text);
        char quote = options.quote() != null ? options.quote() : '"';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote(quote).get();
        List<String[]> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                records.add(r.values());
            }
        } catch (IOException | RuntimeException e) {
            throw new CsvException(name, 0, null, name + ": " + e.getMessage(), e);
        }
        String[] first = records.get(0);
        boolean header = options.header() != null ? options.header() : looksLikeHeader(records);
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < first.length; c++) {
            String n = header && !first[c].isBlank() ? first[c] : "column_" + (c + 1);
            String u = n;
            for (int k = 2; !seen.add(u); k++) {
                u = n + "_" + k;
            }
            names.add(u);
        }
        int start = header ? 1 : 0;
        if (records.size() == start) {
            throw new CsvException(name, 1, null, name + " has a header but no data rows.");
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = start; i < records.size() && rows.size() < options.maxRows(); i++) {
            if (records.get(i).length != first.length) {
                throw new CsvException(name, i + 1, null, name + ", record " + (i + 1) + ": expected " + first.length
                        + " fields, found " + records.get(i).length + ".");
            }
            rows.add(records.get(i));
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            String[] values = new String[rows.size()];
            for (int r = 0; r < values.length; r++) {
                String v = rows.get(r)[c];
                values[r] = options.missingTokens().contains(v) ? null : v;
            }
            columns.add(infer(names.get(c), values, options.types().get(names.get(c))));
        }
        Table table = Table.of(name, columns);
        listener.preview(table.head(options.previewRows()));
        listener.progress(new LoadProgress(bytes.length, bytes.length, rows.size()));
        CsvDialect dialect = new CsvDialect(delimiter, quote, header, cs, bom, text.contains("\r\n") ? "\r\n" : "\n");
        return new LoadedTable(table, dialect, warnings, bytes.length, Duration.ofNanos(System.nanoTime() - t0),
                RowLines.consecutive(start + 1, rows.size()));
    }

    private static Column infer(String name, String[] values, ColumnType forced) {
        CategoricalColumn levels = CategoricalColumn.of(name, values);
        Column column = levels;
        boolean numeric = levels.levels().stream().allMatch(v -> !NumberParser.isNotANumber(NumberParser.parse(v)));
        if (numeric) {
            column = ColumnConversion.convert(levels, ColumnType.NUMERIC).column();
        }
        if (forced != null) {
            ColumnConversion.Result r = ColumnConversion.convert(column, forced);
            return r.column() != null ? r.column() : column;
        }
        int distinct = column.summary().distinct();
        int present = column.size() - column.missingCount();
        if (distinct <= 1) {
            return column.withType(ColumnType.CONSTANT);
        }
        if (distinct == 2) {
            List<String> two = new ArrayList<>(new LinkedHashSet<>(levels.levels()));
            if (ColumnConversion.falseIndexOfPair(two.get(0), two.get(1)) >= 0) {
                return ColumnConversion.convert(column, ColumnType.BOOLEAN).column();
            }
        }
        if (numeric) {
            return column;
        }
        if (present >= 20 && distinct >= 0.95 * present) {
            return column.withType(ColumnType.IDENTIFIER);
        }
        if (present >= 20 && distinct > 0.5 * present) {
            return column.withType(ColumnType.TEXT);
        }
        return column;
    }

    private static boolean looksLikeHeader(List<String[]> records) {
        for (String v : records.get(0)) {
            if (v.isBlank() || !NumberParser.isNotANumber(NumberParser.parse(v))) {
                return false;
            }
        }
        return true;
    }

    private static char detectDelimiter(String text) {
        String firstLine = text.lines().findFirst().orElse("");
        char best = ',';
        long bestCount = 0;
        for (char d : new char[] {',', ';', '\t', '|'}) {
            long n = firstLine.chars().filter(ch -> ch == d).count();
            if (n > bestCount) {
                best = d;
                bestCount = n;
            }
        }
        return best;
    }
}
