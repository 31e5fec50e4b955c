package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.Matrix;

/**
 * Runs the Python script printed in docs/bundle.md (NumPy + PyTorch, {@code load_state_dict} on the
 * bundle's weights.npz, the recipe applied from model.json) and compares its output with the app's.
 * Skipped when {@code /usr/bin/python3} cannot import torch.
 */
class PythonSnippetTest {
    private static final String HEADING = "## Reproducing predictions in Python";

    @TempDir
    static Path dir;
    private static Path script;

    @BeforeAll
    static void extractTheDocumentedScript() throws IOException {
        assumeTrue(SystemPython.has("numpy, torch"), "/usr/bin/python3 with numpy and torch is not installed");
        String doc = Files.readString(Path.of("docs/bundle.md"));
        int section = doc.indexOf(HEADING);
        assertThat(section).as("docs/bundle.md has the section '%s'", HEADING).isPositive();
        int start = doc.indexOf("```python\n", section) + "```python\n".length();
        int end = doc.indexOf("\n```", start);
        script = Files.writeString(dir.resolve("predict.py"), doc.substring(start, end + 1));
    }

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("binary, ReLU", Fixtures.titanic(), "titanic/test.csv"),
                Arguments.of("multi-class, tanh, no bias", Fixtures.titanicClasses(), "titanic/train.csv"),
                Arguments.of("regression, GELU", Fixtures.titanicFare(), "titanic/train.csv"),
                Arguments.of("multi-label, ELU", Fixtures.yeast(), "yeast/test.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theScriptReproducesTheAppsPredictions(String name, ModelBundle bundle, String data) throws IOException {
        Path model = dir.resolve(name.replaceAll("\\W+", "-"));
        bundle.save(model);
        String out = SystemPython.runScript(script, model.toString(), SampleData.file(data).toString());
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", bundle.recipe().outputNames()));
        Matrix expected = bundle.predict(Fixtures.table(data));
        assertThat(lines).hasSize(expected.rows() + 1);
        for (int r = 0; r < expected.rows(); r++) {
            String[] cells = lines.get(r + 1).split(",");
            assertThat(cells).hasSize(expected.cols());
            for (int c = 0; c < expected.cols(); c++) {
                double e = expected.get(r, c);
                assertThat(Double.parseDouble(cells[c])).as("row %d output %d", r, c)
                        .isCloseTo(e, within(1e-5 * Math.max(1, Math.abs(e))));
            }
        }
    }
}
