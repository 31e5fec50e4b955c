package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Takes parsed chunks in input order on the loading thread and appends them to one {@link ColumnSink} per
 * column. It applies the row limit, turns ragged records into a warning (or refuses the input past the
 * limit), switches a column to text when a chunk finds text in a column read as numbers so far (parsing
 * the earlier chunks' column again from the input), decides the text encoding from the distinct values,
 * and types each column ({@link ColumnTyping}, or the caller's override through {@link ColumnConversion}).
 */
final class TableAssembler {

    /** Reads a chunk's bytes again and tokenizes them exactly as the first time. */
    interface Rereader {
        TokenizedChunk reread(ParsedChunk.Span span) throws CsvException;
    }

    /** The finished table, the file line of each row, warnings, and the encoding finally used. */
    record Result(Table table, RowLines rowLines, List<String> warnings, Charset charset) {
    }

    private static final int RAGGED_EXAMPLES = 5;

    private final String source;
    private final List<String> names;
    private final ColumnType[] forced;
    private final ChunkParser parser;
    private final Rereader rereader;
    private final long dataBytes;
    private final int maxRows;
    private final int maxSkipped;
    private final List<ParsedChunk.Span> spans = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> raggedExamples = new ArrayList<>();
    private ColumnSink[] sinks;
    private int[] lines;
    private int rows;
    private int nextLine;
    private int skipped;
    private boolean truncated;
    private ParsedChunk.Span cachedSpan;
    private TokenizedChunk cachedTokens;

    /**
     * @param dataBytes the size of the data part of the input, to size the columns from the first chunk
     *                  (0 when unknown)
     */
    TableAssembler(String source, List<String> names, ColumnType[] forced, ChunkParser parser, Rereader rereader,
                   int firstLine, long dataBytes, int maxRows, int maxSkipped) {
        this.source = source;
        this.names = List.copyOf(names);
        this.forced = forced.clone();
        this.parser = parser;
        this.rereader = rereader;
        this.nextLine = firstLine;
        this.dataBytes = dataBytes;
        this.maxRows = maxRows;
        this.maxSkipped = maxSkipped;
    }

    /** The absolute line on which the next chunk starts. */
    int nextLine() {
        return nextLine;
    }

    int rows() {
        return rows;
    }

    /** Whether the row limit has been reached (later chunks are not needed). */
    boolean full() {
        return rows >= maxRows;
    }

    /** Takes the next chunk in input order. */
    void add(ParsedChunk chunk) throws CsvException {
        int base = nextLine;
        nextLine += chunk.lines;
        for (int i = 0; i < chunk.raggedLines.length && raggedExamples.size() < RAGGED_EXAMPLES; i++) {
            raggedExamples.add("line " + (base + chunk.raggedLines[i]) + " has " + chunk.raggedCounts[i]
                    + (chunk.raggedCounts[i] == 1 ? " field" : " fields"));
        }
        skipped += chunk.raggedTotal;
        if (skipped > maxSkipped) {
            throw new CsvException(source, base + chunk.raggedLines[0], null, source + ": " + skipped
                    + " rows do not have the " + names.size() + " fields of the first row (" + raggedExamples.get(0)
                    + "); up to " + maxSkipped + " such rows are skipped with a warning, more means the file is not"
                    + " a consistent table (wrong delimiter?).");
        }
        int take = Math.min(chunk.rows, maxRows - rows);
        ColumnPart[] parts = chunk.parts;
        if (take < chunk.rows) {
            truncated = true;
            parts = new ColumnPart[names.size()];
            for (int c = 0; c < parts.length; c++) {
                parts[c] = reparse(chunk.span, c, parser.mode(c), take);
            }
        }
        for (int c = 0; c < parts.length; c++) {
            if (parts[c] instanceof ColumnPart.NotANumber bad) {
                throw notANumber(base + chunk.rowLine[bad.row()], c, bad.text());
            }
        }
        if (sinks == null) {
            createSinks(chunk, take);
        }
        ParsedChunk.Span span = new ParsedChunk.Span(chunk.span.offset(), chunk.span.length(), take);
        for (int c = 0; c < parts.length; c++) {
            append(c, parts[c], span);
        }
        if (rows + take > lines.length) {
            lines = Arrays.copyOf(lines, ColumnSink.grown(lines.length, rows + take));
        }
        for (int i = 0; i < take; i++) {
            lines[rows + i] = base + chunk.rowLine[i];
        }
        rows += take;
        spans.add(span);
    }

    private void createSinks(ParsedChunk first, int take) {
        long estimate = take;
        if (dataBytes > first.span.length() && first.span.length() > 0) {
            estimate = (long) (take * (double) dataBytes / first.span.length() * 1.05) + 16;
        }
        int capacity = (int) Math.min(Math.min(estimate, maxRows), Integer.MAX_VALUE - 16);
        sinks = new ColumnSink[names.size()];
        for (int c = 0; c < sinks.length; c++) {
            sinks[c] = first.parts[c] instanceof ColumnPart.Codes ? new ColumnSink.Codes(capacity)
                    : new ColumnSink.Numbers(capacity);
        }
        lines = new int[capacity];
    }

    private void append(int c, ColumnPart part, ParsedChunk.Span span) throws CsvException {
        if (part instanceof ColumnPart.Codes) {
            parser.switchToCodes(c);
        }
        if (part instanceof ColumnPart.Codes codes && sinks[c] instanceof ColumnSink.Numbers numbers) {
            ColumnSink.Codes converted = new ColumnSink.Codes(numbers.values.length);
            for (ParsedChunk.Span earlier : spans) {
                converted.append((ColumnPart.Codes) reparse(earlier, c, ChunkParser.Mode.CODES, earlier.rows()),
                        earlier.rows());
            }
            sinks[c] = converted;
        }
        if (sinks[c] instanceof ColumnSink.Codes sink) {
            ColumnPart.Codes codes = part instanceof ColumnPart.Codes p ? p
                    : (ColumnPart.Codes) reparse(span, c, ChunkParser.Mode.CODES, span.rows());
            sink.append(codes, span.rows());
        } else {
            ((ColumnSink.Numbers) sinks[c]).append((ColumnPart.Numbers) part, span.rows());
        }
    }

    private ColumnPart reparse(ParsedChunk.Span span, int column, ChunkParser.Mode mode, int rowCount)
            throws CsvException {
        if (!span.equals(cachedSpan) || cachedTokens == null) {
            cachedTokens = rereader.reread(span);
            cachedSpan = span;
        }
        cachedTokens.rows = rowCount;
        return parser.parseColumn(cachedTokens, column, mode);
    }

    private CsvException notANumber(int line, int column, String text) {
        return new CsvException(source, line, names.get(column), source + ", line " + line + ", column '"
                + names.get(column) + "': '" + text + "' is not a number, but the column was asked to be NUMERIC.");
    }

    /** Types the columns and makes the table; {@code mayFallBack}: UTF-8 was guessed, not given. */
    Result finish(Charset charset, boolean mayFallBack) throws CsvException {
        cachedTokens = null;
        if (rows == 0) {
            if (skipped > 0) {
                throw new CsvException(source, 0, null, "No row of " + source + " has the " + names.size()
                        + " fields of its first row (" + String.join("; ", raggedExamples) + ").");
            }
            throw new CsvException(source, 1, null, source + " has a header row (" + String.join(", ", names)
                    + ") but no data rows.");
        }
        if (skipped > 0) {
            warnings.add(source + ": skipped " + skipped + (skipped == 1 ? " row" : " rows") + " without the "
                    + names.size() + " fields of the first row (" + String.join("; ", raggedExamples)
                    + (skipped > raggedExamples.size() ? "; ..." : "") + ").");
        }
        if (truncated) {
            warnings.add(source + ": read only the first " + maxRows + " rows, as asked.");
        }
        RowLines rowLines = RowLines.of(Arrays.copyOf(lines, rows));
        lines = null;
        for (int c = 0; c < sinks.length; c++) {
            if (sinks[c] instanceof ColumnSink.Numbers n && n.nonFinite > 0) {
                warnings.add(source + ", column '" + names.get(c) + "': " + n.nonFinite
                        + (n.nonFinite == 1 ? " value is" : " values are") + " infinite or NaN (the first on line "
                        + rowLines.lineOf(n.firstNonFiniteRow) + "); treated as missing.");
            }
        }
        refuseZeroBytes(rowLines);
        Charset used = chooseCharset(charset, mayFallBack);
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < sinks.length; c++) {
            sinks[c].trim();
            columns.add(build(c, sinks[c], used, rowLines));
            sinks[c] = null;
        }
        return new Result(Table.of(source, columns), rowLines, warnings, used);
    }

    /**
     * A zero byte is refused anywhere, as in the first block ({@link EncodingSniffer}): a text file has
     * none, and a value holding one would silently turn its column into text.
     */
    private void refuseZeroBytes(RowLines rowLines) throws CsvException {
        for (int c = 0; c < sinks.length; c++) {
            if (sinks[c] instanceof ColumnSink.Codes s) {
                int code = s.dictionary.firstCodeHolding((byte) 0);
                if (code >= 0) {
                    int row = 0;
                    while (s.codes[row] != code) {
                        row++;
                    }
                    int line = rowLines.lineOf(row);
                    throw new CsvException(source, line, names.get(c), source + ", line " + line + ", column '"
                            + names.get(c) + "': the value holds a zero byte (NUL), which a CSV text file never does. If"
                            + " the file is UTF-16 text without a byte order mark, save it as UTF-8.");
                }
            }
        }
    }

    private Charset chooseCharset(Charset charset, boolean mayFallBack) {
        if (!mayFallBack) {
            return charset;
        }
        for (int c = 0; c < sinks.length; c++) {
            if (sinks[c] instanceof ColumnSink.Codes s && !s.dictionary.decodesCleanly(StandardCharsets.UTF_8)) {
                Charset windows = EncodingSniffer.WINDOWS_1252;
                boolean allWindows = Arrays.stream(sinks).allMatch(x -> !(x instanceof ColumnSink.Codes codes)
                        || codes.dictionary.decodesCleanly(windows));
                Charset fallback = allWindows ? windows : StandardCharsets.ISO_8859_1;
                warnings.add(source + " is not valid UTF-8 (see column '" + names.get(c) + "'); it was read as "
                        + fallback.name() + ".");
                return fallback;
            }
        }
        return charset;
    }

    private Column build(int c, ColumnSink sink, Charset charset, RowLines rowLines) throws CsvException {
        String name = names.get(c);
        ColumnType type = forced[c];
        if (sink instanceof ColumnSink.Numbers n) {
            if (type == null) {
                return ColumnTyping.numbers(name, n.values, n.missing, n.integers, n.few);
            }
            return convert(NumericColumn.wrap(name, ColumnType.NUMERIC, n.values), type, rowLines);
        }
        ColumnSink.Codes s = (ColumnSink.Codes) sink;
        List<String> levels = Arrays.asList(s.dictionary.decodeAll(charset));
        if (type == null) {
            return ColumnTyping.codes(name, s.codes, levels, s.missing);
        }
        return convert(CategoricalColumn.wrap(name, ColumnType.CATEGORICAL, s.codes, levels), type, rowLines);
    }

    private Column convert(Column column, ColumnType type, RowLines rowLines) throws CsvException {
        ColumnConversion.Result r = ColumnConversion.convert(column, type);
        if (r.failure() != null) {
            int line = rowLines.lineOf(r.failure().row());
            throw new CsvException(source, line, column.name(), source + ", line " + line + ", column '"
                    + column.name() + "': " + r.failure().reason() + ", as asked.");
        }
        if (r.warning() != null) {
            warnings.add(source + ", " + r.warning() + ".");
        }
        return r.column();
    }
}
