package org.mlpworkbench.cli;

import static org.mlpworkbench.cli.Cli.userError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model never predicts NaN silently: non-finite weights or recipe numbers are refused when the bundle
 * is loaded (naming the parameter or the field), and a row for which the model gives no number stops
 * the prediction with its line, writing nothing.
 */
class CliNonFiniteTest {
    @TempDir
    Path dir;
    Path data;
    Path model;

    @BeforeEach
    void trainOne() throws IOException {
        data = SmallData.write(dir.resolve("small.csv"), 120);
        model = dir.resolve("model");
        assertThat(SmallData.train(data, model).code()).isZero();
    }

    private Cli.Result predict(Path input, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("predict", "--model", model.toString(), "--data",
                input.toString(), "--out", dir.resolve("p.csv").toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aNanWeightIsRefusedWhenTheBundleIsLoaded() throws IOException {
        Bundles.editWeights(model, w -> w.get("layers.0.weight")[5] = Float.NaN);
        assertThat(userError(predict(data))).isEqualTo("error: " + model + ": weights.npz: parameter 'layers.0.weight'"
                + " holds NaN at [1, 0]; such a model predicts no numbers (was the file edited, or saved from a diverged run?)");
        assertThat(dir.resolve("p.csv")).doesNotExist();
        Bundles.editWeights(model, w -> w.get("layers.0.weight")[5] = Float.POSITIVE_INFINITY);
        assertThat(userError(Cli.run("export", "--model", model.toString(), "--format", "onnx", "--out",
                dir.resolve("m.onnx").toString()))).contains("holds Infinity at [1, 0]");
    }

    @Test
    void recipeNumbersThatCannotGiveFiniteFeaturesAreRefusedWhenTheBundleIsLoaded() throws IOException {
        Bundles.editModelJson(model, root -> numericStep(root, "x1").put("center", 1e308).put("scale", 1e-308));
        assertThat(userError(predict(data))).startsWith("error: model/model.json: the recipe cannot be read: ")
                .contains("numeric step of 'x1': its fill value").contains("becomes -Infinity after centring and scaling");
        Bundles.editModelJson(model, root -> numericStep(root, "x1").put("center", 0.0).put("scale", 1.0)
                .set("fill", root.numberNode(new java.math.BigDecimal("1e999"))));
        assertThat(userError(predict(data))).contains("steps[1] (column 'x1') field 'fill' must be a finite number");
    }

    private static ObjectNode numericStep(ObjectNode root, String column) {
        for (JsonNode step : root.at("/recipe/steps")) {
            if (step.path("column").asText().equals(column)) {
                return (ObjectNode) step;
            }
        }
        throw new AssertionError("no step for " + column);
    }

    @Test
    void aRowTheModelGivesNoNumberForStopsThePredictionWithItsLine() throws IOException {
        Bundles.editWeights(model, w -> {
            Arrays.fill(w.get("layers.0.weight"), 1f);
            Arrays.fill(w.get("layers.0.bias"), 0f);
            float[] out = w.get("layers.1.weight");
            for (int i = 0; i < out.length; i++) {
                out[i] = i % 2 == 0 ? 1f : -1f;
            }
        });
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(data));
        lines.set(3, "3,1e300,0.5,red,1");
        Path input = Files.write(dir.resolve("new.csv"), lines);
        for (String chunk : new String[] {"50000", "2"}) {
            assertThat(userError(predict(input, "--chunk-rows", chunk))).as("chunks of %s rows", chunk)
                    .isEqualTo("error: new.csv, line 4: the model gives NaN for its output 'y=1' on this row, because its"
                            + " feature 'x1' is Infinity after the recipe (a value too large for the column's scaling);"
                            + " no predictions were written");
            assertThat(dir.resolve("p.csv")).doesNotExist();
        }
        Bundles.editWeights(model, w -> Arrays.fill(w.get("layers.0.weight"), 3e38f));
        assertThat(userError(predict(data))).startsWith("error: small.csv, line ")
                .endsWith("although every feature is finite (the network's arithmetic overflows: its weights or this"
                        + " row's values are too large); no predictions were written");
    }

    @Test
    void aValueTheRecipeCannotReadIsReportedWithItsLine() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(data));
        lines.set(4, "4,abc,0.5,red,1");
        Path input = Files.write(dir.resolve("typo.csv"), lines);
        for (String chunk : new String[] {"50000", "3"}) {
            assertThat(userError(predict(input, "--chunk-rows", chunk))).as("chunks of %s rows", chunk)
                    .isEqualTo("error: typo.csv, line 5: column 'x1' must hold numbers, as in training, but holds 'abc'");
        }
        assertThat(userError(Cli.run("evaluate", "--model", model.toString(), "--data", input.toString())))
                .isEqualTo("error: typo.csv, line 5: column 'x1' must hold numbers, as in training, but holds 'abc'");
    }
}
