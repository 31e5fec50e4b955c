package org.mlpworkbench.bundle;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.deploy.ScoreCsv;

/**
 * Benchmark, not a test: rows per second of the end-to-end ONNX export in ONNX Runtime on one core
 * (one intra-op and one inter-op thread, sequential execution) for Titanic and adult with the app's
 * default network (128 ReLU), against the app on the same rows. Per model it prints, each the median of
 * {@value #REPEATS} timed passes after a warm-up:
 * <ul>
 * <li>{@code graph}: {@code session.run} alone on prepared input tensors, per batch size, also per CPU-second
 * of the calling thread (with one intra-op thread ONNX Runtime computes on it), which a busy machine
 * disturbs less than wall time;</li>
 * <li>{@code raw}: {@link ScoreCsv#score} from rows of raw text (tensors built from Java strings, then run), batches of 1,024;</li>
 * <li>{@code file}: {@link ScoreCsv#scoreFile} on a CSV file (reading, parsing, scoring, printing);</li>
 * <li>{@code app}: {@link ModelBundle#predict} on the loaded table (recipe + network), and {@code mlpw predict}
 * ({@link CsvPredictor}: reading, recipe, network, writing the CSV) on the same file, OpenBLAS on one thread.</li>
 * </ul>
 * Run with {@code mvn test -Dtest=OnnxThroughputBench -Dmlpw.bench=true} (docs/deploy.md quotes the figures).
 */
@EnabledIfSystemProperty(named = "mlpw.bench", matches = "true")
class OnnxThroughputBench {
    private static final int REPEATS = 5;
    private static final int[] BATCHES = {1, 64, 1024, 16384};
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void titanicAndAdultOnOneCore() throws Exception {
        run("titanic", "titanic/train.csv", "Survived", "titanic/test.csv", 240);
        run("adult", "adult/train.csv.gz", "income", "adult/test.csv.gz", 6);
    }

    private void run(String name, String train, String target, String data, int copies) throws Exception {
        ModelBundle bundle = Fixtures.defaults(name + "-128", train, List.of(target), BundleTrainer.NetworkChoice.defaults());
        Path onnx = dir.resolve(name + ".onnx");
        WeightExport.write(bundle, WeightExport.Format.ONNX, onnx);
        Path file = dir.resolve(name + ".csv");
        List<String> lines = RawRows.records(SampleData.file(data), ',').stream().map(OnnxThroughputBench::line).toList();
        List<String> body = new ArrayList<>(List.of(lines.get(0)));
        for (int c = 0; c < copies; c++) {
            body.addAll(lines.subList(1, lines.size()));
        }
        Files.write(file, body);
        List<Map<String, String>> rows = ScoreCsv.rows(file, ',');
        int n = rows.size();
        System.out.printf(Locale.ROOT, "%s: %s, %,d rows, ONNX %,d bytes%n", name, bundle.model().spec().describe(), n, Files.size(onnx));

        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        try (OrtSession session = env.createSession(onnx.toString(), options)) {
            for (int batch : BATCHES) {
                Map<String, OnnxTensor> inputs = tensors(env, session, rows.subList(0, Math.min(batch, n)));
                int calls = Math.max(1, 200_000 / batch);
                double[] cpu = new double[1];
                double seconds = median(() -> {
                    long start = THREADS.getCurrentThreadCpuTime();
                    for (int i = 0; i < calls; i++) {
                        session.run(inputs).close();
                    }
                    cpu[0] += (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
                });
                double scored = calls * (double) Math.min(batch, n);
                System.out.printf(Locale.ROOT, "  graph, batch %,6d: %,12.0f rows/s (%,.0f rows per CPU-second of the calling thread)%n",
                        batch, scored / seconds, scored * (REPEATS + 1) / cpu[0]);
                inputs.values().forEach(OnnxTensor::close);
            }
        }
        try (ScoreCsv scorer = new ScoreCsv(onnx, 1)) {
            double raw = median(() -> {
                for (int from = 0; from < n; from += 1024) {
                    scorer.score(rows.subList(from, Math.min(n, from + 1024)));
                }
            });
            System.out.printf(Locale.ROOT, "  raw text, batch 1,024: %,12.0f rows/s%n", n / raw);
            PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
            double whole = median(() -> scorer.scoreFile(file, ',', sink));
            System.out.printf(Locale.ROOT, "  file (ScoreCsv):       %,12.0f rows/s%n", n / whole);
        }
        Table table = CsvReader.read(file).table();
        double app = median(() -> bundle.predict(table));
        System.out.printf(Locale.ROOT, "  app, ModelBundle.predict on the table: %,12.0f rows/s%n", n / app);
        Path out = dir.resolve(name + "-predictions.csv");
        double predict = median(() -> CsvPredictor.predict(bundle, file, out, CsvPredictor.Options.defaults(), CsvPredictor.Listener.NONE));
        System.out.printf(Locale.ROOT, "  app, mlpw predict on the file:         %,12.0f rows/s%n", n / predict);
    }

    /** Input tensors of {@code rows}, as {@link ScoreCsv#score} makes them. */
    private static Map<String, OnnxTensor> tensors(OrtEnvironment env, OrtSession session, List<Map<String, String>> rows)
            throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        long[] shape = {rows.size(), 1};
        for (NodeInfo input : session.getInputInfo().values()) {
            String column = input.getName();
            if (((TensorInfo) input.getInfo()).type == OnnxJavaType.STRING) {
                inputs.put(column, OnnxTensor.createTensor(env, rows.stream().map(r -> r.get(column)).toArray(String[]::new), shape));
            } else {
                float[] x = new float[rows.size()];
                for (int r = 0; r < x.length; r++) {
                    String v = rows.get(r).get(column);
                    x[r] = ScoreCsv.MISSING.contains(v) ? Float.NaN : Float.parseFloat(v);
                }
                inputs.put(column, OnnxTensor.createTensor(env, FloatBuffer.wrap(x), shape));
            }
        }
        return inputs;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** The median wall time of {@value #REPEATS} runs after one warm-up run, in seconds. */
    private static double median(Work work) throws Exception {
        work.run();
        double[] seconds = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[REPEATS / 2];
    }

    /** A record as a CSV line, quoted where needed. */
    private static String line(List<String> record) {
        return String.join(",", record.stream().map(v -> v.matches("[^,\"\r\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"").toList());
    }
}
