package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTuneTest {

    private static final String[] SMALL = {"--configurations", "3", "--max-epochs", "3", "--folds", "2"};

    private static Cli.Result tune(Path data, String... options) {
        String[] base = {"tune", "--data", data.toString(), "--target", SmallData.TARGET};
        String[] args = new String[base.length + SMALL.length + options.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(SMALL, 0, args, base.length, SMALL.length);
        System.arraycopy(options, 0, args, base.length + SMALL.length, options.length);
        return Cli.run(args);
    }

    @Test
    void printsOneLinePerTrialAndTheResultAsJson(@TempDir Path dir) throws Exception {
        Path data = SmallData.write(dir.resolve("small.csv"), 120);
        Cli.Result result = tune(data, "--threads", "2", "--space", Files.writeString(dir.resolve("space.json"),
                "{\"hidden\": [[4], [6]], \"batchSizes\": [32]}").toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err().lines().filter(l -> l.startsWith("trial "))).hasSize(4);
        assertThat(result.err()).contains("tune: accuracy by 2-fold cross-validation, 120 rows", "2 threads",
                "stopped: completed");
        JsonNode json = Output.JSON.readTree(result.out());
        assertThat(json.get("task").asText()).isEqualTo("binary");
        assertThat(json.get("metric").asText()).isEqualTo("accuracy");
        assertThat(json.get("folds").asInt()).isEqualTo(2);
        assertThat(json.get("stopReason").asText()).isEqualTo("completed");
        assertThat(json.get("trialsPerMinute").asDouble()).isPositive();
        assertThat(json.get("space").get("hidden").toString()).isEqualTo("[[4],[6]]");
        assertThat(json.get("trials")).hasSize(4);
        JsonNode first = json.get("trials").get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("rung").asInt()).isZero();
        assertThat(first.get("epochs").asInt()).isEqualTo(1);
        assertThat(first.get("foldScores")).hasSize(2);
        assertThat(first.get("parameters").get("batchSize").asInt()).isEqualTo(32);
        JsonNode best = json.get("best");
        assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);
        String command = json.get("trainCommand").asText();
        assertThat(command).startsWith("bin/mlpw train --data " + data + " --target y --hidden ")
                .contains("--epochs " + best.get("epochs").asInt(), "--batch-size 32", "--optimizer adamw --weight-decay ",
                        "--early-stopping 0 --seed 42 --out tuned-model");
    }

    @Test
    void theSameSeedGivesTheSameJsonTrialsWithOneOrTwoThreads(@TempDir Path dir) throws Exception {
        Path data = SmallData.write(dir.resolve("small.csv"), 90);
        JsonNode one = Output.JSON.readTree(tune(data, "--threads", "1", "--seed", "5").out());
        JsonNode two = Output.JSON.readTree(tune(data, "--threads", "2", "--seed", "5").out());

        assertThat(trialsWithoutTimes(two)).isEqualTo(trialsWithoutTimes(one));
    }

    private static String trialsWithoutTimes(JsonNode json) {
        json.get("trials").forEach(t -> ((com.fasterxml.jackson.databind.node.ObjectNode) t).remove("seconds"));
        return json.get("trials").toString();
    }

    @Test
    void aTrialBudgetAndAnOutputFile(@TempDir Path dir) throws Exception {
        Path data = SmallData.write(dir.resolve("small.csv"), 90);
        Path out = dir.resolve("tune.json");
        Cli.Result result = tune(data, "--trials", "2", "--threads", "1", "--out", out.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("wrote " + out);
        JsonNode json = Output.JSON.readTree(Files.readString(out));
        assertThat(json.get("trials")).hasSize(2);
        assertThat(json.get("stopReason").asText()).isEqualTo("trials");
    }

    @Test
    void aZeroMinuteBudgetRunsNoTrial(@TempDir Path dir) throws Exception {
        Path data = SmallData.write(dir.resolve("small.csv"), 60);
        Cli.Result result = tune(data, "--minutes", "0");

        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = Output.JSON.readTree(result.out());
        assertThat(json.get("trials")).isEmpty();
        assertThat(json.get("best").isNull()).isTrue();
        assertThat(json.get("trainCommand").isNull()).isTrue();
        assertThat(json.get("stopReason").asText()).isEqualTo("budget");
    }

    @Test
    void aBadSpaceIsRefusedWithItsMessage(@TempDir Path dir) throws Exception {
        Path data = SmallData.write(dir.resolve("small.csv"), 60);
        Path space = Files.writeString(dir.resolve("space.json"), "{\"learningRate\": {\"min\": 0.1, \"max\": 0.01}}");

        assertThat(Cli.userError(tune(data, "--space", space.toString())))
                .isEqualTo("error: learningRate: expected min <= max, got min 0.1 > max 0.01");
        Path unknown = Files.writeString(dir.resolve("typo.json"), "{\"hiden\": [[4]]}");
        assertThat(Cli.userError(tune(data, "--space", unknown.toString()))).contains("unknown field 'hiden'");
        assertThat(Cli.userError(tune(data, "--threads", "0"))).isEqualTo("error: --threads must be at least 1, got 0");
        assertThat(Cli.userError(tune(data, "--space", dir.resolve("missing.json").toString())))
                .isEqualTo("error: --space: no such file: " + dir.resolve("missing.json"));
        assertThat(Cli.userError(Cli.run("tune", "--data", data.toString(), "--target", "y", "--max-epochs", "0")))
                .isEqualTo("error: maxEpochs: expected at least 1, got 0");
    }
}
