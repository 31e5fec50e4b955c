package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mlpworkbench.SampleData;

/** inspect, cv, the multi-label path and --help. */
class CliCommandsTest {
    @TempDir
    Path dir;

    @Test
    void inspectPrintsTheDialectAndSchema() throws Exception {
        Cli.Result result = Cli.run("inspect", "--data", SampleData.file("bank/bank.csv").toString());
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("rows").asInt()).isEqualTo(4521);
        assertThat(json.at("/dialect/delimiter").asText()).isEqualTo(";");
        assertThat(json.at("/dialect/header").asBoolean()).isTrue();
        assertThat(json.path("schema").size()).isEqualTo(17);
        assertThat(json.at("/schema/0/name").asText()).isEqualTo("age");
        assertThat(json.at("/schema/0/type").asText()).isEqualTo("numeric");
        assertThat(json.at("/schema/0/mean").asDouble()).isBetween(30.0, 50.0);
    }

    @Test
    void yeastTrainsAsMultiLabelAndEvaluatesOnItsTestFile() throws Exception {
        String labels = IntStream.rangeClosed(1, 14).mapToObj(i -> "Class" + i).collect(Collectors.joining(","));
        Path model = dir.resolve("yeast.zip");
        Cli.Result trained = Cli.run("train", "--data", SampleData.file("yeast/train.csv").toString(), "--target", labels,
                "--epochs", "3", "--hidden", "32", "--lr", "0.01", "--out", model.toString());
        assertThat(trained.code()).as(trained.err()).isZero();
        Cli.Result evaluated = Cli.run("evaluate", "--model", model.toString(), "--data", SampleData.file("yeast/test.csv").toString());
        assertThat(evaluated.code()).as(evaluated.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(evaluated.out());
        assertThat(json.path("task").asText()).isEqualTo("multi-label");
        assertThat(json.path("rows").asInt()).isEqualTo(917);
        assertThat(json.path("thresholds").size()).isEqualTo(14);
        assertThat(json.at("/metrics/hamming_loss").asDouble()).isBetween(0.0, 0.5);
        assertThat(json.at("/metrics/micro_f1").asDouble()).isBetween(0.2, 1.0);

        Path predictions = dir.resolve("yeast-predictions.csv");
        Cli.Result predicted = Cli.run("predict", "--model", model.toString(), "--data",
                SampleData.file("yeast/test.csv").toString(), "--out", predictions.toString());
        assertThat(predicted.code()).as(predicted.err()).isZero();
        assertThat(Files.readAllLines(predictions).get(0)).startsWith("p(Class1),").endsWith(",Class14");
    }

    @Test
    void cvPrintsMeanAndSpreadOfEveryMetric() throws Exception {
        Cli.Result result = Cli.run("cv", "--data", SampleData.file("titanic/train.csv").toString(), "--target", "Survived",
                "--folds", "3", "--epochs", "2", "--hidden", "8");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err().lines().filter(l -> l.startsWith("fold "))).hasSize(3);
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.path("folds").asInt()).isEqualTo(3);
        assertThat(json.at("/metrics/accuracy/mean").asDouble()).isBetween(0.5, 1.0);
        assertThat(json.at("/metrics/accuracy/std").asDouble()).isBetween(0.0, 0.2);
        assertThat(json.path("perFold").size()).isEqualTo(3);
        double mean = (json.at("/perFold/0/accuracy").asDouble() + json.at("/perFold/1/accuracy").asDouble()
                + json.at("/perFold/2/accuracy").asDouble()) / 3;
        assertThat(json.at("/metrics/accuracy/mean").asDouble()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void benchRunsTheChosenWorkloadAndPrintsOneLine() {
        Cli.Result result = Cli.run("bench", "--workload", "threshold");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out().lines().toList()).singleElement().asString()
                .startsWith("threshold n=1000000 ").contains("query_speedup=");
        Cli.Result unknown = Cli.run("bench", "--workload", "gpu");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("error: --workload: unknown workload 'gpu'; use seed, wide, multi, threshold, labels, csv, memory\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inspect", "train", "evaluate", "predict", "export", "cv", "bench"})
    void everyCommandHasHelp(String command) {
        Cli.Result result = Cli.run(command, "--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).startsWith("Usage: mlpw " + command);
    }

    @Test
    void theTopLevelHelpListsTheCommands() {
        Cli.Result result = Cli.run("--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("inspect", "train", "evaluate", "predict", "export", "cv", "bench");
    }
}
