package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CsvOptions;
import org.mlpworkbench.deploy.ScoreCsv;

/**
 * docs/deploy.md quotes {@code ScoreCsv.java} exactly; the quoted text imports nothing but ONNX Runtime and
 * the JDK, and run as the page says ({@code java -cp onnxruntime.jar ScoreCsv.java MODEL DATA [SEP]}) it
 * prints, for every row, the outputs and the label {@code mlpw predict} writes.
 */
class DeploySnippetTest {
    private static final Path SNIPPET = Path.of("src/test/java/org/mlpworkbench/deploy/ScoreCsv.java");
    private static final Path DOC = Path.of("docs/deploy.md");

    @TempDir
    Path dir;

    /** The source file as the page shows it: without its package line. */
    private static String quoted() throws Exception {
        String source = Files.readString(SNIPPET);
        return source.substring(source.indexOf("import "));
    }

    @Test
    void thePageQuotesTheSourceFileExactly() throws Exception {
        assertThat(Files.readString(DOC)).contains("```java\n" + quoted() + "```\n");
    }

    @Test
    void theSnippetNeedsOnlyOnnxRuntimeAndTheJdkAndKnowsTheReadersMissingTokens() throws Exception {
        List<String> imports = quoted().lines().filter(l -> l.startsWith("import ")).toList();
        assertThat(imports).isNotEmpty().allMatch(l -> l.startsWith("import ai.onnxruntime.") || l.startsWith("import java."));
        assertThat(ScoreCsv.MISSING).isEqualTo(CsvOptions.DEFAULT_MISSING_TOKENS);
    }

    @Test
    void theQuotedProgramRunByJavaPrintsWhatMlpwPredictWrites() throws Exception {
        Path program = Files.writeString(dir.resolve("ScoreCsv.java"), quoted());
        ModelBundle bundle = Fixtures.defaults("bank", "bank/bank.csv", List.of("y")).withThresholds(List.of(0.3));
        Path onnx = dir.resolve("bank.onnx");
        WeightExport.write(bundle, WeightExport.Format.ONNX, onnx);
        Path data = SampleData.file("bank/bank.csv");
        Path predicted = dir.resolve("predicted.csv");
        CsvPredictor.predict(bundle, data, predicted, CsvPredictor.Options.defaults(), CsvPredictor.Listener.NONE);
        List<String> app = Files.readAllLines(predicted);

        Path runtime = Path.of(OrtEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = dir.resolve("scores.csv");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", runtime.toString(), program.toString(), onnx.toString(), data.toString(), ";")
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();

        List<String> scored = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(scored.get(0)).isEqualTo("probabilities[0],label");
        assertThat(app.get(0)).isEqualTo("p(y=yes),y");
        assertThat(scored).hasSize(app.size()).hasSize(4522);
        for (int r = 1; r < app.size(); r++) {
            String[] expected = app.get(r).split(",");
            String[] actual = scored.get(r).split(",");
            assertThat(Double.parseDouble(actual[0])).as("row %d", r).isCloseTo(Double.parseDouble(expected[0]), within(1e-5));
            assertThat(actual[1]).as("label of row %d", r).isEqualTo(expected[1]);
        }
    }
}
