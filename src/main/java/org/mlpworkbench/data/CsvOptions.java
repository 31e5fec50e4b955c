package org.mlpworkbench.data;

import java.nio.charset.Charset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the caller wants from a load. A {@code null} dialect component means "detect it"; start from
 * {@link #defaults()} and refine with the {@code with...} methods, each returning a new value.
 *
 * @param delimiter      the field separator, or {@code null} to detect one of {@code , ; tab |}
 * @param quote          the quote character, or {@code null} to detect {@code "} or {@code '}
 * @param header         whether the first record is a header, or {@code null} to detect
 * @param charset        the encoding, or {@code null} to detect UTF-8 (with or without BOM), UTF-16 with
 *                       a BOM, and otherwise windows-1252 / ISO-8859-1
 * @param missingTokens  field values that mean "missing" (compared exactly, case-sensitively)
 * @param types          column name to the type it must get, overriding inference
 * @param maxRows        read at most this many data rows ({@code Integer.MAX_VALUE}: all)
 * @param maxSkippedRows how many ragged rows (wrong number of fields) may be skipped with a warning
 *                       before the file is refused
 * @param previewRows    how many rows {@link LoadListener#preview(Table)} receives
 */
public record CsvOptions(
        Character delimiter,
        Character quote,
        Boolean header,
        Charset charset,
        Set<String> missingTokens,
        Map<String, ColumnType> types,
        int maxRows,
        int maxSkippedRows,
        int previewRows) {

    /** The missing-value tokens used unless the caller says otherwise. */
    public static final Set<String> DEFAULT_MISSING_TOKENS =
            Set.copyOf(List.of("", "NA", "N/A", "NaN", "nan", "null", "NULL", "?"));

    /** Ragged rows skipped (and reported) before a file is refused, unless the caller says otherwise. */
    public static final int DEFAULT_MAX_SKIPPED_ROWS = 100;

    public CsvOptions {
        missingTokens = Set.copyOf(missingTokens);
        types = Map.copyOf(types);
        if (maxRows < 1 || maxSkippedRows < 0 || previewRows < 0) {
            throw new IllegalArgumentException("maxRows must be positive, maxSkippedRows and previewRows not negative");
        }
        if (delimiter != null && (delimiter == '\n' || delimiter == '\r')) {
            throw new IllegalArgumentException("a line break cannot be the delimiter");
        }
        if (quote != null && (quote == '\n' || quote == '\r')) {
            throw new IllegalArgumentException("a line break cannot be the quote");
        }
        if (delimiter != null && delimiter.equals(quote)) {
            throw new IllegalArgumentException("the delimiter and the quote are both '" + delimiter + "'");
        }
    }

    /** Detect everything, default missing tokens, no type overrides, all rows, 100 rows of preview. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, null, null, null, DEFAULT_MISSING_TOKENS, Map.of(),
                Integer.MAX_VALUE, DEFAULT_MAX_SKIPPED_ROWS, 100);
    }

    public CsvOptions withDelimiter(char d) {
        return new CsvOptions(d, quote, header, charset, missingTokens, types, maxRows, maxSkippedRows, previewRows);
    }

    public CsvOptions withQuote(char q) {
        return new CsvOptions(delimiter, q, header, charset, missingTokens, types, maxRows, maxSkippedRows, previewRows);
    }

    public CsvOptions withHeader(boolean h) {
        return new CsvOptions(delimiter, quote, h, charset, missingTokens, types, maxRows, maxSkippedRows, previewRows);
    }

    public CsvOptions withCharset(Charset c) {
        return new CsvOptions(delimiter, quote, header, Objects.requireNonNull(c), missingTokens, types, maxRows,
                maxSkippedRows, previewRows);
    }

    /** Replaces the missing-value tokens (include {@code ""} to keep empty fields missing). */
    public CsvOptions withMissingTokens(Collection<String> tokens) {
        return new CsvOptions(delimiter, quote, header, charset, new LinkedHashSet<>(tokens), types, maxRows,
                maxSkippedRows, previewRows);
    }

    /** Forces {@code column} to {@code type}; the load fails with a precise message if its values cannot be. */
    public CsvOptions withType(String column, ColumnType type) {
        Map<String, ColumnType> t = new LinkedHashMap<>(types);
        t.put(Objects.requireNonNull(column), Objects.requireNonNull(type));
        return new CsvOptions(delimiter, quote, header, charset, missingTokens, t, maxRows, maxSkippedRows, previewRows);
    }

    public CsvOptions withMaxRows(int n) {
        return new CsvOptions(delimiter, quote, header, charset, missingTokens, types, n, maxSkippedRows, previewRows);
    }

    public CsvOptions withMaxSkippedRows(int n) {
        return new CsvOptions(delimiter, quote, header, charset, missingTokens, types, maxRows, n, previewRows);
    }

    public CsvOptions withPreviewRows(int n) {
        return new CsvOptions(delimiter, quote, header, charset, missingTokens, types, maxRows, maxSkippedRows, n);
    }
}
