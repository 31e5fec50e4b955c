package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What both loaders (bytes and text) settle before reading the data: the column names, the type each column
 * is forced to, how each column is parsed, and the preview of the first rows.
 */
final class LoadPlan {

    final String source;
    final List<String> names;
    final ColumnType[] forced;
    final ChunkParser.Mode[] modes;
    final ChunkParser parser;
    final List<String> warnings = new ArrayList<>();
    private final CsvOptions options;
    private final MissingTokens missing;
    private final char quote;

    private LoadPlan(String source, List<String> header, int columns, CsvOptions options, Charset charset, char quote)
            throws CsvException {
        this.source = source;
        this.quote = quote;
        this.options = options;
        this.names = HeaderNames.of(source, header, columns, warnings);
        this.forced = new ColumnType[columns];
        this.modes = new ChunkParser.Mode[columns];
        for (Map.Entry<String, ColumnType> e : options.types().entrySet()) {
            int c = names.indexOf(e.getKey());
            if (c < 0) {
                throw new CsvException(source, 0, e.getKey(), source + " has no column '" + e.getKey()
                        + "' (asked to be " + e.getValue() + "); its columns are: " + String.join(", ", names) + ".");
            }
            forced[c] = e.getValue();
        }
        for (int c = 0; c < columns; c++) {
            modes[c] = forced[c] == null ? ChunkParser.Mode.INFER : switch (forced[c]) {
                case NUMERIC -> ChunkParser.Mode.NUMBERS;
                case BOOLEAN, CATEGORICAL, TEXT -> ChunkParser.Mode.CODES;
                case IDENTIFIER, CONSTANT -> ChunkParser.Mode.INFER;
            };
        }
        this.missing = new MissingTokens(options.missingTokens(), charset);
        this.parser = new ChunkParser(modes, missing, charset, quote);
    }

    /** A plan for {@code columns} columns named by {@code header} (or {@code null}: generated names). */
    static LoadPlan of(String source, List<String> header, int columns, CsvOptions options, Charset charset,
                       char quote) throws CsvException {
        return new LoadPlan(source, header, columns, options, charset, quote);
    }

    int columns() {
        return names.size();
    }

    /** A fresh assembler for data starting on {@code firstLine}, {@code dataBytes} long (0: unknown). */
    TableAssembler assembler(TableAssembler.Rereader rereader, int firstLine, long dataBytes) {
        return new TableAssembler(source, names, forced, parser, rereader, firstLine, dataBytes, options.maxRows(),
                options.maxSkippedRows());
    }

    /**
     * The table of the first rows, typed from those rows alone, or {@code null} when they cannot make one
     * (no complete row, or a value that breaks a forced type: the full load will report it).
     */
    Table preview(TokenizedChunk firstRows, int firstLine, Charset charset) {
        if (firstRows.rows == 0) {
            return null;
        }
        ChunkParser previewParser = new ChunkParser(modes, missing, charset, quote);
        ParsedChunk chunk = ParsedChunk.of(0, 0, firstRows, previewParser.parse(firstRows));
        TableAssembler assembler = new TableAssembler(source, names, forced, previewParser, span -> firstRows,
                firstLine, 0, options.previewRows(), Integer.MAX_VALUE);
        try {
            assembler.add(chunk);
            return assembler.finish(charset, false).table();
        } catch (CsvException e) {
            return null;
        }
    }
}
