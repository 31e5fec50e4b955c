package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model card says what the recipe does, with this model's numbers, and its example call fits the graph. */
class ModelCardTest {
    @TempDir
    Path dir;

    @Test
    void theColumnTableStatesEveryRuleWithTheModelsNumbers() {
        ModelBundle bundle = Fixtures.loans().withThresholds(List.of(0.55));
        String card = ModelCard.ofExport(bundle, WeightExport.Format.ONNX, "loans.onnx");
        assertThat(card).startsWith("# loans.onnx — binary model of approved\n")
                .contains("The probability that `approved` is `yes`. Label: `yes` when that probability is above 0.55, else `no`."
                        + " It was chosen in the Evaluate step")
                .contains("| applicant_id | text | only whether it is missing: `applicant_id_missing` = 1 or 0 | 1 | 0 |")
                .contains("| age | number | min-max scaled: (x − ")
                .contains("; and `age_missing` = 1 where missing | mean ")
                .contains("| income_k | number | the number as it is; and `income_k_missing` = 1 where missing | constant 50 | — (any number) |")
                .contains("| credit_years | number | one-hot: ", ", `(other)`, `(missing)` | its own category `(missing)` | `(other)` |")
                .contains("| employment | text | ordinal: `unemployed` = 0, `employed` = 1, `self-employed` = 2 | as a value not seen in training | 3 |")
                .contains("| prior_default | text | `no` → 0, `yes` → 1; and `prior_default_missing` = 1 where missing | the most frequent, `no`"
                        + " | refused by the app; NaN outputs and no label in ONNX |")
                .contains("| region | text | one-hot: `east`, `west`, `(other)` | as a value not seen in training | `(other)` |")
                .contains("Missing means an empty field or one of `?`, `N/A`, `NA`, `NULL`, `NaN`, `nan`, `null`")
                .contains("On the 20 % of the rows held out from training", "accuracy 0.")
                .contains("`loan-approval.csv`, 1500 rows, SHA-256 `" + bundle.training().data().sha256() + "`")
                .contains("Trained for 5 epochs (completed), seed 42.")
                .contains("java -cp onnxruntime-1.20.0.jar ScoreCsv.java loans.onnx new.csv > scores.csv");
    }

    @Test
    void theExampleCallFeedsEveryInputOfTheGraphWithItsType() throws Exception {
        for (ModelBundle bundle : List.of(Fixtures.loans(), Fixtures.titanicFare(), Fixtures.housePricesOrdinal())) {
            String card = ModelCard.ofExport(bundle, WeightExport.Format.ONNX, "m.onnx");
            Map<String, OnnxJavaType> fed = new LinkedHashMap<>();
            Matcher m = Pattern.compile("\n    \"((?:[^\"\\\\]|\\\\.)*)\": np\\.array\\(\\[\\[(.*)]], dtype=(np\\.float32|object)\\),").matcher(card);
            while (m.find()) {
                fed.put(m.group(1), m.group(3).equals("object") ? OnnxJavaType.STRING : OnnxJavaType.FLOAT);
                if (m.group(3).equals("np.float32")) {
                    Double.parseDouble(m.group(2));
                }
            }
            Map<String, OnnxJavaType> graph = new LinkedHashMap<>();
            try (OrtSession session = OrtEnvironment.getEnvironment().createSession(WeightExport.onnx(bundle), new OrtSession.SessionOptions())) {
                for (NodeInfo input : session.getInputInfo().values()) {
                    graph.put(input.getName(), ((TensorInfo) input.getInfo()).type);
                }
                String outputs = String.join(", ", session.getOutputNames());
                assertThat(card).contains("\n" + outputs + " = session.run(None, {\n");
            }
            assertThat(fed).isEqualTo(graph);
        }
    }

    @Test
    void multiLabelRegressionAndMultiClassCardsSayHowOutputsBecomeDecisions() {
        assertThat(ModelCard.ofExport(Fixtures.yeast(), WeightExport.Format.NPZ, "yeast.npz"))
                .contains("One probability per label (14). Each label is on when its probability is above its threshold: "
                        + "`Class1` > 0.5, `Class2` > 0.5")
                .contains("These are the default, 0.5 each: none was chosen in the Evaluate step.")
                .contains("np.load(\"yeast.npz\")");
        assertThat(ModelCard.ofExport(Fixtures.titanicFare(), WeightExport.Format.ONNX, "fare.onnx"))
                .contains("The value of `Fare`, in its own units.").contains("values = session.run(None, {").contains("})[0]");
        assertThat(ModelCard.ofExport(Fixtures.titanicClasses(), WeightExport.Format.JSON, "classes.json"))
                .contains("One probability per class of `Pclass` (3 classes: ").contains("Label: the most probable class.");
    }

    @Test
    void aBundleHoldsItsCardInTheFolderAndInTheZipAndCanBeSavedOverAgain() throws Exception {
        ModelBundle bundle = Fixtures.titanic();
        Path folder = dir.resolve("my model");
        bundle.save(folder);
        bundle.save(folder);
        assertThat(Files.readString(folder.resolve("MODEL.md"))).startsWith("# my model — binary model of Survived")
                .contains("mlpw predict --model 'my model' --data new.csv --out predictions.csv");
        Path zip = dir.resolve("titanic.zip");
        bundle.save(zip);
        bundle.save(zip);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.stream().map(java.util.zip.ZipEntry::getName)).contains("MODEL.md", "model.json", "weights.npz");
            assertThat(new String(z.getInputStream(z.getEntry("MODEL.md")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("mlpw predict --model titanic.zip");
        }
        assertThat(ModelBundle.load(zip).predict(Fixtures.table("titanic/test.csv"))).isEqualTo(bundle.predict(Fixtures.table("titanic/test.csv")));
    }

    @Test
    void anExportsCardIsNamedAfterTheWholeFileName() {
        assertThat(ModelCard.besideExport(Path.of("out", "titanic.onnx"))).isEqualTo(Path.of("out", "titanic.onnx.MODEL.md"));
        assertThat(ModelCard.besideExport(Path.of("titanic.npz"))).isEqualTo(Path.of("titanic.npz.MODEL.md"));
        assertThat(ModelCard.besideExport(Path.of("model"))).isEqualTo(Path.of("model.MODEL.md"));
    }
}
