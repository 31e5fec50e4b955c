package org.mlpworkbench.bundle;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.CsvDialect;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvOptions;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.LoadListener;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.RecipeException;

/**
 * Predicts a CSV file with a bundle and writes a CSV of IDs, probabilities and labels
 * ({@link PredictionColumns}), safe to open in a spreadsheet ({@link SafeCsvWriter}) and written
 * atomically (a cancelled or failed run leaves no output file). A file of more than
 * {@link Options#chunkRows()} rows is read and predicted block by block, so memory stays bounded: the
 * dialect is detected once, then each block of whole records is handed to the CSV reader with that
 * dialect. ID columns that are not model inputs are read as text, so IDs such as {@code 007} keep their form.
 */
public final class CsvPredictor {
    /** Rows per block unless the caller says otherwise. */
    public static final int DEFAULT_CHUNK_ROWS = 50_000;

    /**
     * @param idColumns  columns copied from the input to each output row
     * @param thresholds one per output, or {@code null} for the bundle's own
     * @param chunkRows  the largest number of rows held in memory at once
     */
    public record Options(List<String> idColumns, PredictionColumns.Format format, List<Double> thresholds, int chunkRows) {
        public Options {
            idColumns = List.copyOf(idColumns);
            thresholds = thresholds == null ? null : List.copyOf(thresholds);
            Objects.requireNonNull(format, "format");
            if (chunkRows < 1) {
                throw new IllegalArgumentException("chunk rows must be at least 1, got " + chunkRows);
            }
        }

        /** No ID columns, full output, the bundle's thresholds, default blocks. */
        public static Options defaults() {
            return new Options(List.of(), PredictionColumns.Format.FULL, null, DEFAULT_CHUNK_ROWS);
        }
    }

    /** How far a prediction run has got: rows written, and input bytes read of the total. */
    public record Progress(long rowsWritten, long bytesRead, long totalBytes) {
    }

    /** Observes a run on the calling thread; {@link #cancelled()} is polled between blocks and during reading. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default void progress(Progress progress) {
        }

        default boolean cancelled() {
            return false;
        }
    }

    /** What a finished run wrote. */
    public record Summary(long rows, List<String> header, int blocks) {
        public Summary {
            header = List.copyOf(header);
        }
    }

    private CsvPredictor() {
    }

    /**
     * Predicts every row of {@code input} and writes the result to {@code output}.
     *
     * @throws CsvException             when the input cannot be read as CSV (the message names file, line and column)
     * @throws IllegalArgumentException when a column the model or the options need is missing (a
     *                                  {@link org.mlpworkbench.prep.RecipeException} for model inputs), or
     *                                  {@code output} is {@code input} (the predictions would replace the data)
     * @throws CancellationException    when the listener cancelled the run
     */
    public static Summary predict(ModelBundle bundle, Path input, Path output, Options options, Listener listener)
            throws IOException, CsvException {
        if (Files.exists(output) && Files.isSameFile(input, output)) {
            throw new IllegalArgumentException("the output " + output + " is the input file " + input.getFileName()
                    + "; choose another output file (the predictions would replace the data)");
        }
        PredictionColumns columns = new PredictionColumns(bundle, options.idColumns(), options.format(), options.thresholds());
        long total = Files.size(input);
        Table head = CsvReader.read(input, CsvOptions.defaults().withMaxRows(1), cancelling(listener)).table();
        for (String id : options.idColumns()) {
            head.column(id);
        }
        CsvOptions readOptions = readOptions(bundle, options.idColumns());
        LoadedTable first = CsvReader.read(input, readOptions.withMaxRows(options.chunkRows()), cancelling(listener));
        Run run = new Run(bundle, columns, listener, total);
        try {
            AtomicFiles.write(output, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                try (SafeCsvWriter csv = new SafeCsvWriter(writer)) {
                    csv.writeRow(columns.header());
                    if (first.table().rowCount() < options.chunkRows()) {
                        run.write(first, 0, csv, total);
                    } else {
                        run.stream(input, first.dialect(), readOptions, options.chunkRows(), csv);
                    }
                }
            });
        } catch (BlockFailure e) {
            throw e.csv;
        }
        return new Summary(run.rows, columns.header(), run.blocks);
    }

    /**
     * The reader's defaults, except that a row with the wrong number of fields is an error (skipping it
     * would silently drop a prediction), with ID columns that are not model inputs kept as text.
     */
    private static CsvOptions readOptions(ModelBundle bundle, List<String> idColumns) {
        CsvOptions options = CsvOptions.defaults().withMaxSkippedRows(0);
        for (String id : idColumns) {
            if (!bundle.recipe().requiredColumns().contains(id)) {
                options = options.withType(id, ColumnType.TEXT);
            }
        }
        return options;
    }

    /** Carries a CSV error of one block out of the atomic write. */
    private static final class BlockFailure extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient CsvException csv;

        BlockFailure(CsvException csv) {
            super(csv.getMessage(), csv);
            this.csv = csv;
        }
    }

    private static LoadListener cancelling(Listener listener) {
        return new LoadListener() {
            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        };
    }

    private static final class Run {
        private final ModelBundle bundle;
        private final PredictionColumns columns;
        private final Listener listener;
        private final long total;
        private long rows;
        private int blocks;

        Run(ModelBundle bundle, PredictionColumns columns, Listener listener, long total) {
            this.bundle = bundle;
            this.columns = columns;
            this.listener = listener;
            this.total = total;
        }

        void stream(Path input, CsvDialect dialect, CsvOptions readOptions, int chunkRows, SafeCsvWriter csv) throws IOException {
            CsvOptions options = readOptions.withDelimiter(dialect.delimiter()).withQuote(dialect.quote())
                    .withHeader(dialect.header()).withMaxRows(Integer.MAX_VALUE);
            String name = String.valueOf(input.getFileName());
            try (CountingStream counted = new CountingStream(Files.newInputStream(input));
                 BufferedReader reader = new BufferedReader(new InputStreamReader(
                         CsvReader.unpacking(input, counted), dialect.charset()))) {
                CsvRecordWindow window = new CsvRecordWindow(reader, dialect.quote());
                window.skipSeparatorLine();
                String header = dialect.header() ? window.next(1) : "";
                while (true) {
                    long linesBefore = window.linesConsumed();
                    long recordsBefore = window.recordsConsumed();
                    String block = window.next(chunkRows);
                    if (block.isEmpty()) {
                        return;
                    }
                    LoadedTable loaded;
                    int headerLines = dialect.header() ? 1 : 0;
                    try {
                        loaded = CsvReader.read(name, new java.io.StringReader(header + block), options, cancelling(listener));
                    } catch (CsvException e) {
                        throw new BlockFailure(inFile(e, name, linesBefore - headerLines, recordsBefore - headerLines));
                    }
                    write(loaded, linesBefore - headerLines, csv, counted.count);
                }
            }
        }

        /** Predicts and writes the rows of {@code loaded}, read from the text after {@code lineOffset} lines of the file. */
        void write(LoadedTable loaded, long lineOffset, SafeCsvWriter csv, long bytesRead) throws IOException {
            if (listener.cancelled()) {
                throw new CancellationException("prediction cancelled");
            }
            Table table = loaded.table();
            List<Column> ids = new ArrayList<>();
            for (String id : columns.idColumns()) {
                ids.add(table.column(id));
            }
            Matrix features;
            try {
                features = bundle.recipe().features(table);
            } catch (RecipeException e) {
                CsvException located = RowErrors.atLine(e, loaded, lineOffset);
                if (located == null) {
                    throw e;
                }
                throw new BlockFailure(located);
            }
            Matrix outputs = bundle.predictFeatures(features, rows);
            try {
                RowErrors.checkFinite(bundle, features, outputs, loaded, lineOffset);
            } catch (CsvException e) {
                throw new BlockFailure(e);
            }
            List<String> idValues = new ArrayList<>(ids.size());
            for (int r = 0; r < outputs.rows(); r++) {
                idValues.clear();
                for (Column id : ids) {
                    String text = id.text(r);
                    idValues.add(text == null ? "" : text);
                }
                csv.writeRow(columns.cells(idValues, outputs, r));
            }
            rows += outputs.rows();
            blocks++;
            csv.flush();
            listener.progress(new Progress(rows, Math.min(bytesRead, total), total));
        }
    }

    /**
     * The reader's error about a block, renumbered to count from the start of the file: a "line N" by
     * the lines before the block, a "record N" by the records before it.
     */
    private static CsvException inFile(CsvException e, String name, long lineOffset, long recordOffset) {
        String message = e.getMessage();
        long relative = e.line();
        if (relative <= 0) {
            return e;
        }
        String lineWord = "line " + relative;
        String recordWord = "record " + relative;
        long line = relative + lineOffset;
        if (message.contains(lineWord)) {
            message = message.replaceFirst(lineWord + "\\b", "line " + line);
        } else if (message.contains(recordWord)) {
            line = relative + recordOffset;
            message = message.replaceFirst(recordWord + "\\b", "record " + line);
        }
        return new CsvException(name, line, e.column(), message, e);
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
