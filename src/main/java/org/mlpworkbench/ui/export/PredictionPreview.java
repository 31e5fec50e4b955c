package org.mlpworkbench.ui.export;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first rows of a written prediction file, exactly as written (cells as text), read back from
 * the file itself so the preview shows what a reader of the file will see.
 *
 * @param header the column names
 * @param rows   at most the requested number of rows, each with one cell per column
 */
public record PredictionPreview(List<String> header, List<List<String>> rows) {

    public PredictionPreview {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** Reads the header and the first {@code maxRows} rows of the CSV file {@code file}. */
    static PredictionPreview read(Path file, int maxRows) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() == maxRows) {
                    break;
                }
                rows.add(record.toList());
            }
            return new PredictionPreview(parser.getHeaderNames(), rows);
        }
    }
}
