package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.ModelBundle;

/** {@code mlpw tune} on a multi-label file: per-label thresholds in the JSON and in the model {@code --model} saves. */
class CliTuneThresholdsTest {

    private static final String LABELS = "car,bicycle,person,tree";

    /** The first 300 rows of the scene tags sample. */
    private static Path scenes(Path dir) throws Exception {
        List<String> lines = Files.readAllLines(SampleData.FOLDER.resolve("scene-tags.csv"), StandardCharsets.UTF_8);
        return Files.write(dir.resolve("scenes.csv"), lines.subList(0, 301), StandardCharsets.UTF_8);
    }

    private static Cli.Result tune(Path data, String... options) {
        List<String> args = new ArrayList<>(List.of("tune", "--data", data.toString(), "--target", LABELS, "--drop", "tags",
                "--configurations", "3", "--max-epochs", "3", "--folds", "3", "--seed", "9"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theJsonCarriesEachTrialsThresholdsAndTheModelSavedHasTheBestOnes(@TempDir Path dir) throws Exception {
        Path data = scenes(dir);
        Path model = dir.resolve("model");
        Cli.Result result = tune(data, "--threads", "1", "--model", model.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains("tune: thresholds of trial ", "chosen on its out-of-fold predictions: car ",
                "(chosen on the same rows: optimistic)", "tune: saved " + model + " with thresholds ");
        JsonNode json = Output.JSON.readTree(result.out());
        assertThat(json.get("metric").asText()).isEqualTo("label_accuracy");
        for (JsonNode trial : json.get("trials")) {
            assertThat(trial.get("thresholds").fieldNames()).toIterable().containsExactly("car", "bicycle", "person", "tree");
            trial.get("thresholds").forEach(t -> assertThat(t.asDouble()).isBetween(0.0, 1.0));
            assertThat(trial.get("outOfFoldScoreAtThresholds").asDouble())
                    .isGreaterThanOrEqualTo(trial.get("outOfFoldScore").asDouble());
            // the ranking score stays the one at 0.5: the mean of the folds' label accuracies at 0.5
            assertThat(trial.get("score").asDouble()).isCloseTo(trial.get("outOfFoldScore").asDouble(),
                    org.assertj.core.api.Assertions.within(0.02));
        }
        JsonNode thresholds = json.get("thresholds");
        assertThat(thresholds).isEqualTo(json.get("best").get("thresholds"));
        assertThat(json.get("model").asText()).isEqualTo(model.toString());

        ModelBundle bundle = ModelBundle.load(model);
        List<Double> expected = new ArrayList<>();
        thresholds.forEach(t -> expected.add(t.asDouble()));
        assertThat(bundle.thresholds()).isEqualTo(expected);
        assertThat(bundle.recipe().outputNames()).containsExactly("car", "bicycle", "person", "tree");
        assertThat(bundle.training().history()).hasSize(json.get("best").get("epochs").asInt());
        assertThat(bundle.training().metrics()).containsKey("label_accuracy");

        JsonNode evaluated = Output.JSON.readTree(Cli.run("evaluate", "--model", model.toString(), "--data", data.toString()).out());
        List<Double> used = new ArrayList<>();
        evaluated.get("thresholds").forEach(t -> used.add(t.asDouble()));
        assertThat(used).isEqualTo(expected);
    }

    @Test
    void theSameSeedGivesTheSameThresholdsWithOneOrTwoThreads(@TempDir Path dir) throws Exception {
        Path data = scenes(dir);
        JsonNode one = Output.JSON.readTree(tune(data, "--threads", "1").out());
        JsonNode two = Output.JSON.readTree(tune(data, "--threads", "2").out());

        assertThat(withoutTimes(two)).isEqualTo(withoutTimes(one));
        assertThat(two.get("thresholds")).isEqualTo(one.get("thresholds"));
        assertThat(one.get("thresholds").isObject()).isTrue();
        assertThat(one.has("model")).isFalse();
    }

    @Test
    void aBinaryTaskGetsOneThresholdAndAMultiClassOneNone(@TempDir Path dir) throws Exception {
        Path binary = SmallData.write(dir.resolve("small.csv"), 90);
        JsonNode json = Output.JSON.readTree(Cli.run("tune", "--data", binary.toString(), "--target", SmallData.TARGET,
                "--configurations", "3", "--max-epochs", "3", "--folds", "2").out());
        assertThat(json.get("thresholds").fieldNames()).toIterable().containsExactly("y=1");

        Path data = scenes(dir);
        JsonNode multiClass = Output.JSON.readTree(Cli.run("tune", "--data", data.toString(), "--target", "setting",
                "--drop", "tags", "--configurations", "3", "--max-epochs", "3", "--folds", "2").out());
        assertThat(multiClass.get("metric").asText()).isEqualTo("accuracy");
        assertThat(multiClass.get("thresholds").isNull()).isTrue();
        assertThat(multiClass.get("best").has("thresholds")).isFalse();
    }

    @Test
    void aModelTargetThatExistsIsRefusedBeforeTheSearch(@TempDir Path dir) throws Exception {
        Path data = scenes(dir);
        Path taken = Files.writeString(dir.resolve("taken.txt"), "x");
        Cli.Result result = tune(data, "--model", taken.toString());

        assertThat(Cli.userError(result)).contains(taken + ": already exists and is a file");
        assertThat(result.err()).doesNotContain("trial 1 ");
    }

    private static String withoutTimes(JsonNode json) {
        json.get("trials").forEach(t -> ((ObjectNode) t).remove("seconds"));
        return json.get("trials").toString();
    }
}
