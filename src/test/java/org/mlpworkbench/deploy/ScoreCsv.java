package org.mlpworkbench.deploy;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Scores a CSV file with an MLP Workbench end-to-end ONNX model (mlpw export --format onnx), using
 * ONNX Runtime alone: every graph input is a column, given as text or as a float (NaN when missing).
 *
 * usage: java -cp onnxruntime-1.20.0.jar ScoreCsv.java MODEL.onnx DATA.csv[.gz] [SEPARATOR] > scores.csv
 * Prints a header, then per data row the model's outputs (probabilities, or values for regression) and
 * its label(s); the output names, in order, are in the model's "outputs" metadata.
 */
public final class ScoreCsv implements AutoCloseable {
    /** The values MLP Workbench reads as missing (the model's "missing_tokens" metadata). */
    public static final Set<String> MISSING = Set.of("", "NA", "N/A", "NaN", "nan", "null", "NULL", "?");
    private static final int BATCH = 1024;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;

    /** The outputs of some rows: {@code values[row][output]}, and {@code labels} (String[][] or long[][]; null for regression). */
    public record Scores(float[][] values, Object labels) {
    }

    public ScoreCsv(Path model, int threads) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(threads);
        session = env.createSession(model.toString(), options);
    }

    /** Scores rows given as column name → raw text (null, or a value of MISSING, is missing). */
    public Scores score(List<Map<String, String>> rows) throws OrtException {
        long[] shape = {rows.size(), 1};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            for (NodeInfo input : session.getInputInfo().values()) {
                String column = input.getName();
                if (((TensorInfo) input.getInfo()).type == OnnxJavaType.STRING) {
                    String[] text = new String[rows.size()];
                    for (int r = 0; r < text.length; r++) {
                        String v = rows.get(r).get(column);
                        text[r] = v == null ? "" : v;
                    }
                    inputs.put(column, OnnxTensor.createTensor(env, text, shape));
                } else {
                    float[] numbers = new float[rows.size()];
                    for (int r = 0; r < numbers.length; r++) {
                        numbers[r] = number(column, rows.get(r).get(column));
                    }
                    inputs.put(column, OnnxTensor.createTensor(env, FloatBuffer.wrap(numbers), shape));
                }
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] values = (float[][]) result.get(0).getValue();
                return new Scores(values, result.size() > 1 ? result.get(1).getValue() : null);
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float number(String column, String text) {
        if (text == null || MISSING.contains(text) || text.trim().matches("(?i)[+-]?(inf|infinity|nan)")) {
            return Float.NaN;
        }
        try {
            return Float.parseFloat(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("column '" + column + "' must hold numbers, but holds '" + text + "'");
        }
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }

    /** The records of a CSV text (RFC 4180: quotes around fields, "" for a quote inside one). */
    public static List<List<String>> readCsv(Reader in, char separator) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int c = in.read(); c >= 0; c = in.read()) {
            if (quoted) {
                if (c != '"') {
                    field.append((char) c);
                } else if ((c = in.read()) == '"') {
                    field.append('"');
                } else {
                    quoted = false;
                }
            }
            if (quoted || c < 0) {
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                record.add(field.toString().replaceFirst("\r$", ""));
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
            } else {
                field.append((char) c);
            }
            any = true;
        }
        if (any && (field.length() > 0 || !record.isEmpty())) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** The rows of the CSV file {@code data} (plain or gzip; a header row first) as column name → raw text. */
    public static List<Map<String, String>> rows(Path data, char separator) throws IOException {
        List<List<String>> records;
        try (InputStream raw = Files.newInputStream(data);
             Reader reader = new BufferedReader(new InputStreamReader(
                     data.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            records = readCsv(reader, separator);
        }
        List<String> header = records.get(0);
        header.set(0, header.get(0).replace("\uFEFF", ""));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                row.put(header.get(c), record.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Scores the CSV file {@code data} and prints a header, then one CSV line per row. */
    public void scoreFile(Path data, char separator, PrintStream out) throws IOException, OrtException {
        List<Map<String, String>> rows = rows(data, separator);
        List<String> names = new ArrayList<>();
        for (NodeInfo output : session.getOutputInfo().values()) {
            long width = ((TensorInfo) output.getInfo()).getShape()[1];
            for (int j = 0; j < width; j++) {
                names.add(width == 1 && !names.isEmpty() ? output.getName() : output.getName() + "[" + j + "]");
            }
        }
        out.println(String.join(",", names));
        for (int from = 0; from < rows.size(); from += BATCH) {
            Scores scores = score(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            for (int r = 0; r < scores.values().length; r++) {
                List<String> cells = new ArrayList<>();
                for (float v : scores.values()[r]) {
                    cells.add(Float.toString(v));
                }
                if (scores.labels() instanceof String[][] text) {
                    cells.add(text[r][0].matches("[^,\"\r\n]*") ? text[r][0] : "\"" + text[r][0].replace("\"", "\"\"") + "\"");
                } else if (scores.labels() instanceof long[][] flags) {
                    for (long flag : flags[r]) {
                        cells.add(Long.toString(flag));
                    }
                }
                out.println(String.join(",", cells));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        char separator = args.length > 2 ? args[2].charAt(0) : ',';
        try (ScoreCsv scorer = new ScoreCsv(Path.of(args[0]), 1)) {
            scorer.scoreFile(Path.of(args[1]), separator, System.out);
        }
    }
}
