package org.mlpworkbench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads text that is already decoded (a string, a reader, a UTF-16 file) with Commons CSV. Records are
 * stored as UTF-8 bytes in one {@link TokenizedChunk}, so parsing, typing and messages are those of the byte
 * path; the whole text is in memory, which is what in-memory input means anyway.
 */
final class TextLoader {

    private static final Pattern LINE = Pattern.compile("line:? (\\d+)");

    private TextLoader() {
    }

    /**
     * @param size     the input size to report (bytes of a file, else characters)
     * @param encoding how a file was decoded, or {@code null} for text given as such
     */
    static LoadedTable load(String source, String text, long size, CsvOptions options, LoadListener listener,
                            EncodingSniffer.Encoding encoding, long started) throws CsvException {
        boolean bom = encoding != null ? encoding.bom() : text.startsWith("\uFEFF");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new CsvException(source, 0, null, source + " is empty.");
        }
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        end += text.startsWith("\r\n", end) ? 2 : end < text.length() ? 1 : 0;
        Character separator = SeparatorLine.delimiter(text.substring(0, end));
        int skippedLines = separator != null ? 1 : 0;
        if (separator != null) {
            options = options.delimiter() != null ? options : options.withDelimiter(separator);
            text = text.substring(end);
        }
        int sampled = Math.min(text.length(), FileLoader.SAMPLE_BYTES);
        byte[] head = text.substring(0, sampled).getBytes(StandardCharsets.UTF_8);
        while (sampled < text.length() && !DialectSniffer.holdsRecords(head, 0, head.length, options)) {
            sampled = (int) Math.min(text.length(), sampled * 2L);
            head = text.substring(0, sampled).getBytes(StandardCharsets.UTF_8);
        }
        boolean whole = sampled == text.length();
        DialectSniffer.Layout layout = DialectSniffer.detect(head, 0, head.length, whole, options, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(layout.delimiter()).setQuote(layout.quote()).get();
        LineCounter lines = new LineCounter(text, 1 + skippedLines);
        LoadPlan plan = null;
        TokenizedChunk chunk = null;
        boolean previewed = false;
        long records = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (hasNext(it, source, parser, skippedLines)) {
                CSVRecord record = it.next();
                int line = lines.lineAt(record.getCharacterPosition());
                if (plan == null) {
                    plan = LoadPlan.of(source, layout.header() ? record.toList() : null, record.size(),
                            options, StandardCharsets.UTF_8, layout.quote());
                    chunk = new TokenizedChunk(null, record.size(), 1024);
                    if (layout.header()) {
                        continue;
                    }
                }
                if (++records % 4096 == 0) {
                    if (listener.cancelled()) {
                        throw new LoadCancelledException(source, chunk.rows);
                    }
                    listener.progress(new LoadProgress(record.getCharacterPosition(), text.length(), chunk.rows));
                }
                if (record.size() != plan.columns()) {
                    chunk.addRagged(line - 1, record.size(), 8);
                    continue;
                }
                append(chunk, record);
                chunk.addRow(line - 1, plan.columns());
                if (chunk.rows > options.maxRows()) {
                    break;
                }
                if (!previewed && chunk.rows == options.previewRows()) {
                    previewed = preview(plan, chunk, listener);
                }
            }
        } catch (IOException e) {
            throw new CsvException(source, 0, null, source + " cannot be read: " + e.getMessage(), e);
        }
        if (plan == null) {
            throw new CsvException(source, 0, null, source + " is empty.");
        }
        if (!previewed && chunk.rows > 0) {
            preview(plan, chunk, listener);
        }
        TokenizedChunk tokens = chunk;
        ParsedChunk parsed = ParsedChunk.of(0, 0, tokens, plan.parser.parse(tokens));
        TableAssembler assembler = plan.assembler(span -> tokens, 1, 0);
        assembler.add(parsed);
        TableAssembler.Result result = assembler.finish(StandardCharsets.UTF_8, false);
        listener.progress(new LoadProgress(text.length(), text.length(), result.table().rowCount()));
        Charset charset = encoding != null ? encoding.charset()
                : options.charset() != null ? options.charset() : StandardCharsets.UTF_8;
        CsvDialect dialect = new CsvDialect(layout.delimiter(), layout.quote(), layout.header(), charset, bom,
                layout.lineEnding());
        List<String> warnings = new ArrayList<>(plan.warnings);
        warnings.addAll(result.warnings());
        return new LoadedTable(result.table(), dialect, warnings, size, Duration.ofNanos(System.nanoTime() - started),
                result.rowLines());
    }

    private static boolean preview(LoadPlan plan, TokenizedChunk chunk, LoadListener listener) {
        if (listener == LoadListener.NONE) {
            return true;
        }
        Table table = plan.preview(chunk, 1, StandardCharsets.UTF_8);
        if (table != null) {
            listener.preview(table);
        }
        return true;
    }

    private static boolean hasNext(Iterator<CSVRecord> it, String source, CSVParser parser, int skippedLines)
            throws CsvException {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            Matcher m = LINE.matcher(message);
            long line = skippedLines + (m.find() ? Long.parseLong(m.group(1)) : parser.getCurrentLineNumber());
            String what = message.contains("EOF")
                    ? "a quoted field starts here but its closing quote never comes (the text ends inside it)."
                    : "text follows the closing quote of a quoted field; only the delimiter or the end of the line"
                    + " may follow it (write a quote inside a quoted field as two quotes).";
            throw new CsvException(source, line, null, source + ", line " + line + ": " + what, e);
        }
    }

    /** Appends the record's fields, as UTF-8, to the chunk's byte buffer. */
    private static void append(TokenizedChunk chunk, CSVRecord record) {
        int base = chunk.fields;
        chunk.ensureFieldCapacity(base + record.size());
        for (int f = 0; f < record.size(); f++) {
            byte[] b = record.get(f).getBytes(StandardCharsets.UTF_8);
            int s = chunk.appendBytes(b);
            chunk.starts[base + f] = s;
            chunk.ends[base + f] = s + b.length;
        }
        chunk.fields = base + record.size();
    }

    /** Turns character positions into 1-based line numbers, moving forward only. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line;

        LineCounter(String text, int firstLine) {
            this.text = text;
            this.line = firstLine;
        }

        /** The line of the first character at or after {@code target} that is not a line break. */
        int lineAt(long target) {
            int end = (int) Math.min(target, text.length());
            while (position < end || position < text.length() && isBreak(text.charAt(position))) {
                char c = text.charAt(position++);
                if (c == '\n' || c == '\r' && (position >= text.length() || text.charAt(position) != '\n')) {
                    line++;
                }
            }
            return line;
        }

        private static boolean isBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }
}
