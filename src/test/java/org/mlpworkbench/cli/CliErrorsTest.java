package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;

/** Every user mistake ends with exit code 2 and one line "error: …" on stderr, without a stack trace. */
class CliErrorsTest {
    @TempDir
    static Path dir;
    static Path model;

    private static final String TRAIN = SampleData.file("titanic/train.csv").toString();
    private static final String TEST = SampleData.file("titanic/test.csv").toString();

    @BeforeAll
    static void trainOne() {
        model = dir.resolve("model");
        assertThat(Cli.run("train", "--data", TRAIN, "--target", "Survived", "--epochs", "1", "--hidden", "4",
                "--out", model.toString()).code()).isZero();
    }

    private static String userError(String... args) {
        Cli.Result result = Cli.run(args);
        assertThat(result.code()).as("exit code; stderr: %s", result.err()).isEqualTo(2);
        assertThat(result.err().lines()).as(result.err()).hasSize(1);
        assertThat(result.err()).startsWith("error: ").doesNotContain("\tat ", "Exception");
        return result.err().strip();
    }

    @Test
    void aMissingFile() {
        assertThat(userError("train", "--data", dir.resolve("nope.csv").toString(), "--target", "Survived", "--out", "x"))
                .isEqualTo("error: --data: no such file: " + dir.resolve("nope.csv"));
        assertThat(userError("predict", "--model", model.toString(), "--data", "nope.csv", "--out", "p.csv"))
                .isEqualTo("error: --data: no such file: nope.csv");
    }

    @Test
    void aWrongTargetName() {
        assertThat(userError("train", "--data", TRAIN, "--target", "Survivd", "--out", dir.resolve("m2").toString()))
                .startsWith("error: no column 'Survivd' in train.csv; its columns are: PassengerId, Survived");
        assertThat(userError("cv", "--data", TRAIN, "--target", "Survived", "--drop", "Nmae"))
                .startsWith("error: no column 'Nmae' in train.csv");
    }

    @Test
    void aModelFolderThatIsNotAModel() throws Exception {
        Path notAModel = Files.createDirectory(dir.resolve("photos"));
        Files.writeString(notAModel.resolve("cat.txt"), "meow");
        assertThat(userError("evaluate", "--model", notAModel.toString(), "--data", TRAIN))
                .isEqualTo("error: " + notAModel + " is not a model bundle: it has no model.json");
        assertThat(userError("export", "--model", dir.resolve("nowhere").toString(), "--format", "onnx", "--out", "x.onnx"))
                .isEqualTo("error: --model: no such model folder or zip: " + dir.resolve("nowhere"));
        Path broken = dir.resolve("broken");
        Files.createDirectory(broken);
        Files.copy(model.resolve("weights.npz"), broken.resolve("weights.npz"));
        Files.writeString(broken.resolve("model.json"), Files.readString(model.resolve("model.json")).substring(0, 300));
        assertThat(userError("predict", "--model", broken.toString(), "--data", TEST, "--out", dir.resolve("p.csv").toString()))
                .contains("model.json is damaged (not valid JSON");
        assertThat(userError("train", "--data", TRAIN, "--target", "Survived", "--out", notAModel.toString()))
                .isEqualTo("error: " + notAModel + ": already exists and is not a model bundle; choose another output");
    }

    @Test
    void aCsvLackingAColumn() throws Exception {
        Path noSex = dir.resolve("no-sex.csv");
        Files.write(noSex, Files.readAllLines(Path.of(TEST)).stream()
                .map(l -> l.replace(",male,", ",").replace(",female,", ",").replace(",Sex,", ",")).toList());
        assertThat(userError("predict", "--model", model.toString(), "--data", noSex.toString(), "--out", dir.resolve("p.csv").toString()))
                .isEqualTo("error: no-sex.csv: required column 'Sex' is missing");
        assertThat(dir.resolve("p.csv")).doesNotExist();
        assertThat(userError("evaluate", "--model", model.toString(), "--data", TEST))
                .isEqualTo("error: test.csv has no target column Survived, so the model cannot be evaluated on it");
        assertThat(userError("predict", "--model", model.toString(), "--data", TEST, "--out", dir.resolve("p.csv").toString(),
                "--id", "Passenger")).startsWith("error: no column 'Passenger' in test.csv");
    }

    @Test
    void badOptionValues() {
        assertThat(userError("train", "--data", TRAIN, "--target", "Survived", "--epochs", "many", "--out", "x"))
                .isEqualTo("error: Invalid value for option '--epochs': 'many' is not an int (see 'mlpw train --help')");
        assertThat(userError("train", "--data", TRAIN, "--target", "Survived", "--epochs", "0", "--out", "x"))
                .isEqualTo("error: epochs must be at least 1, got 0");
        assertThat(userError("train", "--data", TRAIN, "--target", "Survived", "--activation", "swish", "--out", "x"))
                .contains("'swish' is not an activation; use one of relu, leaky-relu, tanh, sigmoid, gelu, elu");
        assertThat(userError("train", "--data", TRAIN, "--target", "Survived", "--task", "ranking", "--out", "x"))
                .contains("'ranking' is not a task");
        assertThat(userError("cv", "--data", TRAIN, "--target", "Survived", "--folds", "1"))
                .isEqualTo("error: --folds must be at least 2, got 1");
        assertThat(userError("export", "--model", model.toString(), "--format", "pickle", "--out", "x"))
                .isEqualTo("error: unknown export format 'pickle'; expected npz, json, onnx or onnx-features");
        assertThat(userError("evaluate", "--model", model.toString(), "--data", TRAIN, "--threshold", "1.5"))
                .isEqualTo("error: --threshold must be between 0 and 1, got 1.5");
        assertThat(userError("predict", "--model", model.toString(), "--data", TEST, "--out", "p.csv", "--format", "xml"))
                .isEqualTo("error: --format must be full or kaggle, not 'xml'");
        assertThat(userError("train")).startsWith("error: Missing required options: '--data=FILE', '--target=COL', '--out=DIR'");
        assertThat(userError("fly")).startsWith("error: Unmatched argument at index 0: 'fly'");
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Result result = Cli.run("evaluate", "--model", dir.resolve("nowhere").toString(), "--data", TRAIN, "--debug");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).startsWith("error: --model: no such model folder").contains("\tat org.mlpworkbench.cli");
    }
}
