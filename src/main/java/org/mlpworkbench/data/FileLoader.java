package org.mlpworkbench.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Loads a file: sniffs the encoding and dialect from the first block, reads the header and hands the
 * preview to the listener, then streams the rest through {@link ChunkPipeline}. Files whose encoding is not
 * ASCII-compatible (UTF-16) are decoded and read by {@link TextLoader} instead.
 */
final class FileLoader {

    static final int SAMPLE_BYTES = 1 << 16;
    /** How much of a gzip-compressed file a read of its first rows (or its dialect) unpacks first. */
    static final long GZIP_PREFIX_BYTES = 16L << 20;
    /** A record longer than this is taken for a quoting mistake rather than read into memory. */
    static final int MAX_RECORD_BYTES = 1 << 30;

    private FileLoader() {
    }

    static LoadedTable load(Path file, CsvOptions options, LoadListener listener) throws CsvException {
        return load(file, options, listener, ChunkPipeline.CHUNK_BYTES);
    }

    /** As {@link #load(Path, CsvOptions, LoadListener)}, with blocks of {@code chunkBytes} (tests use small ones). */
    static LoadedTable load(Path file, CsvOptions options, LoadListener listener, int chunkBytes) throws CsvException {
        long started = System.nanoTime();
        String source = source(file);
        long prefix = options.maxRows() == Integer.MAX_VALUE ? Long.MAX_VALUE : GZIP_PREFIX_BYTES;
        return withPlainChannel(file, source, listener, prefix, t -> t.table().rowCount() >= options.maxRows(),
                (channel, progress) -> load(channel, source, options, progress, started, chunkBytes));
    }

    /** The dialect of {@code file}, from its first records only. */
    static CsvDialect detect(Path file, CsvOptions options) throws CsvException {
        String source = source(file);
        return withPlainChannel(file, source, LoadListener.NONE, GZIP_PREFIX_BYTES, d -> true,
                (channel, progress) -> detect(channel, source, options));
    }

    private static CsvDialect detect(FileChannel channel, String source, CsvOptions options)
            throws IOException, CsvException {
        long size = channel.size();
        byte[] head = readAt(channel, 0, (int) Math.min(size, SAMPLE_BYTES));
        boolean whole = head.length == size;
        EncodingSniffer.Encoding enc = EncodingSniffer.detect(source, head, head.length, whole, options.charset());
        int from = enc.skip();
        int separatorLine = enc.asciiCompatible() ? SeparatorLine.length(head, from, head.length) : 0;
        if (separatorLine > 0) {
            options = options.delimiter() != null ? options : options.withDelimiter(SeparatorLine.delimiterAt(head, from));
            from += separatorLine;
        }
        byte[] text = enc.asciiCompatible() ? firstRecords(channel, size, head, from, options) : head;
        whole = text.length == size;
        Charset charset = enc.charset();
        if (!enc.asciiCompatible()) {
            text = new String(head, from, head.length - from, charset).getBytes(StandardCharsets.UTF_8);
            from = 0;
            charset = StandardCharsets.UTF_8;
        }
        if (isBlank(text, from, text.length) && whole) {
            throw new CsvException(source, 0, null, source + " is empty.");
        }
        DialectSniffer.Layout layout = DialectSniffer.detect(text, from, text.length, whole, options, charset);
        return new CsvDialect(layout.delimiter(), layout.quote(), layout.header(), enc.charset(), enc.bom(),
                layout.lineEnding());
    }

    /** What is done with the channel of a plain (uncompressed) file, reporting to the given listener. */
    private interface ChannelWork<T> {
        T apply(FileChannel channel, LoadListener listener) throws IOException, CsvException;
    }

    /**
     * Opens {@code file} and hands {@code work} its channel. A gzip-compressed file is unpacked first
     * ({@link Gzip}), the first half of the progress then being the unpacking and the second the reading: when
     * only its first {@code prefixBytes} are unpacked and that gives a result {@code enough} accepts, that is the
     * answer; otherwise (a record cut at the end of the prefix, too few rows) the whole file is unpacked.
     */
    private static <T> T withPlainChannel(Path file, String source, LoadListener listener, long prefixBytes,
                                          java.util.function.Predicate<T> enough, ChannelWork<T> work)
            throws CsvException {
        try (FileChannel channel = open(file, source)) {
            if (!Gzip.is(channel)) {
                return work.apply(channel, listener);
            }
            long compressed = channel.size();
            Gzip.Unpacked head = Gzip.unpack(source, channel, halves(listener, compressed, 0), prefixBytes);
            try (FileChannel unpacked = head.channel()) {
                if (head.whole()) {
                    return work.apply(unpacked, halves(listener, compressed, 1));
                }
                try {
                    T result = work.apply(unpacked, halves(listener, compressed, 1));
                    if (enough.test(result)) {
                        return result;
                    }
                } catch (CsvException e) {
                    if (e instanceof LoadCancelledException) {
                        throw e;
                    }
                    // most likely a record cut where the prefix ends: read the whole file
                }
            }
            Gzip.Unpacked all = Gzip.unpack(source, channel, halves(listener, compressed, 0), Long.MAX_VALUE);
            try (FileChannel unpacked = all.channel()) {
                return work.apply(unpacked, halves(listener, compressed, 1));
            }
        } catch (ClosedByInterruptException e) {
            throw new LoadCancelledException(source, 0);
        } catch (IOException e) {
            throw cannotRead(file, source, e);
        }
    }

    /** {@code listener}, with progress mapped into half {@code half} (0 or 1) of {@code 2 * size} bytes. */
    private static LoadListener halves(LoadListener listener, long size, int half) {
        if (listener == LoadListener.NONE) {
            return listener;
        }
        return new LoadListener() {
            @Override
            public void progress(LoadProgress p) {
                long done = Math.round(p.fraction() * size);
                listener.progress(new LoadProgress(half * size + done, 2 * size, p.rowsRead()));
            }

            @Override
            public void preview(Table firstRows) {
                listener.preview(firstRows);
            }

            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        };
    }

    private static CsvException cannotRead(Path file, String source, IOException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new CsvException(source, 0, null, file + " cannot be read: " + why, e);
    }

    private static String source(Path file) {
        return FileNames.name(file);
    }

    private static FileChannel open(Path file, String source) throws CsvException, IOException {
        if (Files.isDirectory(file)) {
            throw new CsvException(source, 0, null, file + " is a folder, not a CSV file.");
        }
        String kind = FileKind.unusual(file);
        if (kind != null) {
            throw new CsvException(source, 0, null, file + " is " + kind + ", not a regular file; only CSV files are"
                    + " read (copy the data to a file first).");
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new CsvException(source, 0, null, "There is no file " + file + ".", e);
        } catch (AccessDeniedException e) {
            throw new CsvException(source, 0, null, file + " cannot be read: permission denied.", e);
        }
    }

    private static LoadedTable load(FileChannel channel, String source, CsvOptions options, LoadListener listener,
                                    long started, int chunkBytes) throws IOException, CsvException {
        long size = channel.size();
        byte[] head = readAt(channel, 0, (int) Math.min(size, SAMPLE_BYTES));
        EncodingSniffer.Encoding enc = EncodingSniffer.detect(source, head, head.length, head.length == size,
                options.charset());
        if (!enc.asciiCompatible()) {
            if (size > MAX_RECORD_BYTES) {
                throw new CsvException(source, 0, null, source + " is " + enc.charset().name() + " text of more than 1 GB;"
                        + " only UTF-8 and single-byte encodings are streamed. Save it as UTF-8.");
            }
            byte[] all = readAt(channel, 0, (int) size);
            String text = new String(all, enc.skip(), all.length - enc.skip(), enc.charset());
            return TextLoader.load(source, text, size, options, listener, enc, started);
        }
        if (isBlank(head, enc.skip(), head.length) && head.length == size) {
            throw new CsvException(source, 0, null, source + " is empty.");
        }
        int from = enc.skip();
        int separatorLine = SeparatorLine.length(head, from, head.length);
        if (separatorLine > 0) {
            options = options.delimiter() != null ? options : options.withDelimiter(SeparatorLine.delimiterAt(head, from));
            from += separatorLine;
        }
        int baseLine = separatorLine > 0 ? 2 : 1;
        byte[] block = firstRecords(channel, size, head, from, options);
        boolean whole = block.length == size;
        DialectSniffer.Layout layout = DialectSniffer.detect(block, from, block.length, whole, options, enc.charset());
        ByteTokenizer tokenizer = new ByteTokenizer(layout.delimiter(), layout.quote());
        TokenizedChunk first;
        try {
            first = firstRecord(tokenizer, block, from, whole);
            while (first.rows == 0 && !whole) {
                if (block.length >= MAX_RECORD_BYTES) {
                    throw tooLong(source, baseLine);
                }
                block = readAt(channel, 0, (int) Math.min(size, block.length * 2L));
                whole = block.length == size;
                first = firstRecord(tokenizer, block, from, whole);
            }
        } catch (TokenizeError e) {
            throw e.toException(source, baseLine, List.of());
        }
        if (first.rows == 0) {
            throw new CsvException(source, 0, null, source + " is empty.");
        }
        int columns = first.fieldCounts[0];
        List<String> header = layout.header() ? fields(first, layout.quote(), enc) : null;
        LoadPlan plan = LoadPlan.of(source, header, columns, options, enc.charset(), layout.quote());
        int dataStart = layout.header() ? first.consumed : from;
        int firstLine = baseLine + (layout.header() ? first.lines : 0);
        if (listener != LoadListener.NONE && options.previewRows() > 0) {
            try {
                TokenizedChunk rows = tokenizer.tokenize(block, dataStart, block.length, whole, columns,
                        options.previewRows(), 0);
                Table preview = plan.preview(rows, firstLine, enc.charset());
                if (preview != null) {
                    listener.preview(preview);
                }
            } catch (TokenizeError ignored) {
                // the full pass reports it with its line and column
            }
        }
        ChunkPipeline pipeline = new ChunkPipeline(source, channel, size, tokenizer, layout, plan, listener, enc,
                chunkBytes);
        TableAssembler.Result result = pipeline.run(dataStart, firstLine);
        CsvDialect dialect = new CsvDialect(layout.delimiter(), layout.quote(), layout.header(), result.charset(),
                enc.bom(), layout.lineEnding());
        List<String> warnings = new ArrayList<>();
        if (enc.warning() != null) {
            warnings.add(enc.warning());
        }
        warnings.addAll(plan.warnings);
        warnings.addAll(result.warnings());
        return new LoadedTable(result.table(), dialect, warnings, size, Duration.ofNanos(System.nanoTime() - started),
                result.rowLines());
    }

    /**
     * The first block, extended (doubling, up to {@link #MAX_RECORD_BYTES}) until it holds the first
     * records whole, so the dialect of a file whose header alone is longer than a block is still judged
     * from whole records.
     */
    private static byte[] firstRecords(FileChannel channel, long size, byte[] head, int from, CsvOptions options)
            throws IOException {
        byte[] block = head;
        while (block.length < size && block.length < MAX_RECORD_BYTES
                && !DialectSniffer.holdsRecords(block, from, block.length, options)) {
            block = readAt(channel, 0, (int) Math.min(size, Math.min(MAX_RECORD_BYTES, block.length * 2L)));
        }
        return block;
    }

    static CsvException tooLong(String source, int line) {
        return new CsvException(source, line, null, source + ", line " + line + ": the record that starts here is"
                + " longer than 1 GB; a quote is probably never closed (or the quote character is wrong).");
    }

    private static TokenizedChunk firstRecord(ByteTokenizer tokenizer, byte[] block, int from, boolean whole) {
        return tokenizer.tokenize(block, from, block.length, whole, 0, 1, 0);
    }

    private static List<String> fields(TokenizedChunk record, char quote, EncodingSniffer.Encoding enc) {
        String[] out = new String[record.fieldCounts[0]];
        for (int f = 0; f < out.length; f++) {
            String s = new String(record.buf, record.start(f), record.end(f) - record.start(f), enc.charset());
            out[f] = record.escaped(f) ? s.replace(String.valueOf(quote) + quote, String.valueOf(quote)) : s;
        }
        return Arrays.asList(out);
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Reads {@code n} bytes at {@code position}. */
    static byte[] readAt(FileChannel channel, long position, int n) throws IOException {
        byte[] out = new byte[n];
        ByteBuffer buffer = ByteBuffer.wrap(out);
        while (buffer.hasRemaining()) {
            int r = channel.read(buffer, position + buffer.position());
            if (r < 0) {
                return Arrays.copyOf(out, buffer.position());
            }
        }
        return out;
    }
}
