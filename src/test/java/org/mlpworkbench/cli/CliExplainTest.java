package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;

/** {@code mlpw explain} on a Titanic model: importance per input column and partial dependence as JSON. */
class CliExplainTest {
    @TempDir
    static Path dir;
    static Path model;

    private static final String TRAIN = SampleData.file("titanic/train.csv").toString();

    @BeforeAll
    static void train() {
        model = dir.resolve("titanic-model");
        Cli.Result trained = Cli.run("train", "--data", TRAIN, "--target", "Survived", "--epochs", "20", "--hidden", "16",
                "--batch-size", "32", "--lr", "0.01", "--out", model.toString());
        assertThat(trained.code()).as(trained.err()).isZero();
    }

    @Test
    void explainPrintsEveryInputColumnMostImportantFirst() throws Exception {
        Cli.Result result = Cli.run("explain", "--model", model.toString(), "--data", TRAIN, "--repeats", "3",
                "--seed", "7", "--partial-dependence", "Age", "--partial-dependence", "Sex");
        assertThat(result.code()).as(result.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("task").asText()).isEqualTo("binary");
        assertThat(json.get("rows").asInt()).isEqualTo(891);
        assertThat(json.get("repeats").asInt()).isEqualTo(3);
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("score").asText()).isEqualTo("accuracy");
        assertThat(json.get("loss").asText()).isEqualTo("log_loss");
        assertThat(json.get("baseline").get("accuracy").asDouble()).isBetween(0.7, 1.0);
        List<String> columns = new ArrayList<>();
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode c : json.get("importance")) {
            columns.add(c.get("column").asText());
            double drop = c.get("scoreDrop").get("mean").asDouble();
            assertThat(drop).isLessThanOrEqualTo(previous);
            previous = drop;
            assertThat(c.get("scoreDrop").get("sd").asDouble()).isGreaterThanOrEqualTo(0);
            assertThat(c.get("lossRise").has("mean")).isTrue();
        }
        assertThat(columns).containsExactlyInAnyOrder("Pclass", "Sex", "Age", "SibSp", "Parch", "Fare", "Cabin", "Embarked");
        assertThat(columns.subList(0, 3)).contains("Sex");
        JsonNode sex = json.get("importance").get(columns.indexOf("Sex"));
        assertThat(sex.get("features")).extracting(JsonNode::asText).containsExactly("Sex=male", "Sex=female");
        JsonNode age = json.get("partialDependence").get(0);
        assertThat(age.get("column").asText()).isEqualTo("Age");
        assertThat(age.get("output").asText()).isEqualTo("Survived=1");
        assertThat(age.get("numeric").asBoolean()).isTrue();
        assertThat(age.get("points")).hasSize(20);
        assertThat(age.get("points").get(0).get("value").asDouble()).isLessThan(age.get("points").get(19).get("value").asDouble());
        JsonNode sexCurve = json.get("partialDependence").get(1);
        assertThat(sexCurve.get("points")).extracting(p -> p.get("label").asText()).containsExactlyInAnyOrder("male", "female");

        Cli.Result again = Cli.run("explain", "--model", model.toString(), "--data", TRAIN, "--repeats", "3",
                "--seed", "7", "--partial-dependence", "Age", "--partial-dependence", "Sex");
        assertThat(again.out()).isEqualTo(result.out());
    }

    @Test
    void theRowCapAndBadOptionsAreReported() throws Exception {
        Cli.Result capped = Cli.run("explain", "--model", model.toString(), "--data", TRAIN, "--repeats", "1", "--rows", "100");
        assertThat(capped.code()).as(capped.err()).isZero();
        assertThat(new ObjectMapper().readTree(capped.out()).get("rows").asInt()).isEqualTo(100);
        assertThat(Cli.userError(Cli.run("explain", "--model", model.toString(), "--data", TRAIN,
                "--partial-dependence", "Name"))).contains("the model uses no column 'Name'");
        assertThat(Cli.userError(Cli.run("explain", "--model", model.toString(), "--data", TRAIN, "--repeats", "0")))
                .contains("--repeats and --rows must be at least 1");
        assertThat(Cli.userError(Cli.run("explain", "--model", model.toString(), "--data",
                SampleData.file("titanic/test.csv").toString()))).contains("has no target column Survived");
    }
}
