/**
 * Reading CSV files into an immutable, columnar {@link org.mlpworkbench.data.Table}: dialect detection, type
 * inference, per-column summaries and precise error messages. Depends on nothing else in the project.
 *
 * <p><b>Entry point.</b> {@link org.mlpworkbench.data.CsvReader#read(java.nio.file.Path, CsvOptions, LoadListener)}
 * returns a {@link org.mlpworkbench.data.LoadedTable}: the table, the detected
 * {@link org.mlpworkbench.data.CsvDialect}, warnings for what was repaired, and the file line of each row.
 * Anything a user can get wrong ends in a {@link org.mlpworkbench.data.CsvException} whose message names the
 * file, the line and the column; a cancelled load ends in its subclass
 * {@link org.mlpworkbench.data.LoadCancelledException}. {@link org.mlpworkbench.data.LoadedTable#withType} and
 * {@link org.mlpworkbench.data.Table#withType} re-type a column after loading.
 *
 * <p><b>Storage.</b> A column is either a {@link org.mlpworkbench.data.NumericColumn} ({@code double}, NaN =
 * missing) or a dictionary-encoded {@link org.mlpworkbench.data.CategoricalColumn} ({@code int} codes, -1 =
 * missing); the {@link org.mlpworkbench.data.ColumnType} tag says how to use it. BOOLEAN columns are categorical
 * with the false-like level first. {@link org.mlpworkbench.data.Matrix} is the float32 currency of the later
 * packages.
 *
 * <p><b>How a file is read.</b> {@code EncodingSniffer} judges the first 64 KB and
 * {@code DialectSniffer} the first block holding whole records (64 KB or more); only regular files are
 * read ({@code FileKind} names what else a path is, so a FIFO or device is refused without being opened);
 * {@code ChunkPipeline} reads 4 MB blocks, cuts them at record boundaries ({@code RecordBoundary}) and has a
 * bounded pool of worker threads (at most 4, shut down before the load returns) tokenize them straight from
 * the bytes ({@code ByteTokenizer}, which follows Commons CSV's {@code DEFAULT} format and is property-tested
 * against it) and parse each column as numbers or dictionary codes ({@code ChunkParser}, {@code NumberParser},
 * {@code ByteDictionary}) without making a {@code String} per field. {@code TableAssembler} appends the chunks
 * in file order on the calling thread and applies the typing rules of {@code ColumnTyping}. Text that is
 * already decoded (a string, a {@link java.io.Reader}, a UTF-16 file) is parsed by Commons CSV itself
 * ({@code TextLoader}) into the same structures. Memory is the size of the parsed columns plus a few blocks.
 *
 * <p><b>Type inference</b>, with {@code n} present and {@code d} distinct values per column: {@code d <= 1}
 * CONSTANT; two values that are 0/1 or a false/true, no/yes, f/t, n/y, off/on pair BOOLEAN; all numbers:
 * IDENTIFIER when whole, never missing, pairwise distinct and at least 20 rows, else NUMERIC; text with
 * {@code n >= 20}: IDENTIFIER when {@code d >= 0.95 n}, TEXT when {@code d > 0.5 n}; otherwise CATEGORICAL.
 * Missing tokens (exact, case-sensitive): empty, {@code NA}, {@code N/A}, {@code NaN}, {@code nan},
 * {@code null}, {@code NULL}, {@code ?}; {@code inf}/{@code nan} in a numeric column become missing with a
 * warning. docs/data.md has the full rules, what is recovered and what is refused, and measured figures.
 */
package org.mlpworkbench.data;
