package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.WeightExport;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.deploy.ScoreCsv;
import org.mlpworkbench.ui.export.ExportFiles;
import org.mlpworkbench.ui.export.IdChoice;
import org.mlpworkbench.ui.session.RunRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Drives the real window from Titanic's train.csv through a short run to the Export step: a Kaggle
 * submission for test.csv, an ONNX export run in ONNX Runtime, a large prediction cancelled with Esc
 * (no file left), a file without a model column (the core's message in a dialog), and a bundle saved from the menu's shortcut. File choosers answer with paths in a temporary folder.
 */
@ExtendWith(ApplicationExtension.class)
class ExportStepUiTest {

    @TempDir
    static Path dir;

    private MainWindow window;
    private final ChosenFiles files = new ChosenFiles();

    /** The answers the file choosers give. */
    static final class ChosenFiles implements ExportFiles {
        Path bundle;
        Path weights;
        Path input;
        Path predictions;

        @Override
        public Optional<Path> bundleTarget(String suggestedName) {
            return Optional.ofNullable(bundle);
        }

        @Override
        public Optional<Path> weightsFile(WeightExport.Format format, String suggestedName) {
            return Optional.ofNullable(weights);
        }

        @Override
        public Optional<Path> inputCsv() {
            return Optional.ofNullable(input);
        }

        @Override
        public Optional<Path> predictionsFile(Path suggested) {
            return Optional.ofNullable(predictions);
        }
    }

    @Start
    void start(Stage stage) {
        window = UiTestSupport.start(stage);
        window.useExportFiles(files);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aShortTitanicRunPredictsAKaggleSubmissionAndExportsOnnxAndABundle(FxRobot robot) throws Exception {
        assertThat(window.availability(Step.EXPORT).get()).isFalse();
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);
        robot.clickOn("#step-train");
        robot.doubleClickOn("#field-epochs").push(KeyCode.CONTROL, KeyCode.A).write("4");
        robot.clickOn("#start-training");
        waitUntil(60, () -> window.model().lastModelRunProperty().get() != null
                && !window.trainViewModel().activeProperty().get());
        RunRecord run = window.model().lastModelRunProperty().get();

        robot.clickOn("#step-export");
        assertThat(text(robot, "#summary-decision")).isEqualTo("Survived=1 positive if p > 0.5 — the default; choose another in Evaluate");
        assertThat(text(robot, "#summary-network")).isEqualTo(run.spec().describe());
        assertThat(robot.lookup("#export-run").queryAs(ComboBox.class).getValue()).isSameAs(run);

        files.input = SampleData.file("titanic/test.csv");
        files.predictions = dir.resolve("submission.csv");
        robot.clickOn("#choose-input");
        ComboBox<IdChoice> id = robot.lookup("#predict-id").queryAs(ComboBox.class);
        waitUntil(20, () -> id.getValue() != null && "PassengerId".equals(id.getValue().column()));
        robot.clickOn("#predict-format").clickOn("Kaggle submission: ID and label");
        robot.clickOn("#choose-output");
        robot.clickOn("#predict");
        waitUntil(30, () -> text(robot, "#predict-progress-text").startsWith("418 predictions written to submission.csv"));

        List<String> lines = Files.readAllLines(files.predictions);
        assertThat(lines).hasSize(419);
        assertThat(lines.get(0)).isEqualTo("PassengerId,Survived");
        Table test = CsvReader.read(files.input).table();
        Matrix p = run.bundleSnapshot().get().predict(test);
        for (int r = 0; r < 418; r++) {
            assertThat(lines.get(r + 1)).isEqualTo(test.column("PassengerId").text(r) + "," + (p.get(r, 0) > 0.5 ? "1" : "0"));
        }
        assertThat(robot.lookup("#predict-preview").queryAs(TableView.class).getItems()).hasSize(10);

        ComboBox<WeightExport.Format> format = robot.lookup("#weights-format").queryAs(ComboBox.class);
        assertThat(format.getItems()).containsExactly(WeightExport.Format.ONNX, WeightExport.Format.ONNX_FEATURES,
                WeightExport.Format.NPZ, WeightExport.Format.JSON);
        assertThat(format.getValue()).as("the end-to-end model is the default").isEqualTo(WeightExport.Format.ONNX);
        assertThat(text(robot, "#format-note")).startsWith("The whole model in one ONNX graph: one input per column");
        files.weights = dir.resolve("titanic.onnx");
        robot.clickOn("#export-weights");
        waitUntil(30, () -> text(robot, "#export-message").startsWith("Exported Run 1 as ONNX: "));
        assertThat(text(robot, "#export-message")).endsWith("with its model card titanic.onnx.MODEL.md");
        assertThat(Files.readString(dir.resolve("titanic.onnx.MODEL.md"))).contains("| Sex | text |", "above 0.5");
        try (ScoreCsv scorer = new ScoreCsv(files.weights, 1)) {
            ScoreCsv.Scores scores = scorer.score(ScoreCsv.rows(files.input, ','));
            String[][] labels = (String[][]) scores.labels();
            for (int r = 0; r < 418; r++) {
                assertThat(scores.values()[r][0]).isCloseTo(p.get(r, 0), within(1e-5f));
                assertThat(labels[r][0]).isEqualTo(lines.get(r + 1).substring(lines.get(r + 1).indexOf(',') + 1));
            }
        }

        files.weights = dir.resolve("titanic-features.onnx");
        robot.interact(() -> format.setValue(WeightExport.Format.ONNX_FEATURES));
        assertThat(text(robot, "#format-note")).startsWith("The network alone as an ONNX graph");
        robot.clickOn("#export-weights");
        waitUntil(30, () -> text(robot, "#export-message").startsWith("Exported Run 1 as ONNX (network only): "));
        Matrix features = run.bundleSnapshot().get().recipe().features(test);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession onnx = env.createSession(files.weights.toString(), new OrtSession.SessionOptions());
             OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(features.data()),
                     new long[] {features.rows(), features.cols()});
             OrtSession.Result result = onnx.run(Map.of(WeightExport.ONNX_INPUT, input))) {
            float[][] out = (float[][]) result.get(0).getValue();
            for (int r = 0; r < 418; r++) {
                assertThat(out[r][0]).isCloseTo(p.get(r, 0), within(1e-5f));
            }
        }

        Path large = dir.resolve("large.csv");
        List<String> source = Files.readAllLines(files.input);
        try (var w = Files.newBufferedWriter(large)) {
            w.write(source.get(0) + "\n");
            List<String> rows = source.subList(1, 419);
            for (int i = 0; i < 400_000; i++) {
                String row = rows.get(i % rows.size());
                w.write((10_000 + i) + row.substring(row.indexOf(',')) + "\n");
            }
        }
        files.input = large;
        files.predictions = dir.resolve("large-submission.csv");
        robot.clickOn("#choose-input");
        waitUntil(20, () -> id.getValue() != null && "PassengerId".equals(id.getValue().column()));
        robot.clickOn("#choose-output");
        robot.clickOn("#predict");
        waitUntil(20, () -> window.exportViewModel().prediction().progress().runningProperty().get());
        robot.type(KeyCode.ESCAPE);
        waitUntil(30, () -> !window.exportViewModel().prediction().progress().runningProperty().get());
        assertThat(text(robot, "#predict-progress-text")).isEqualTo("Prediction cancelled; no file was written.");
        assertThat(files.predictions).doesNotExist();
        try (var written = Files.list(dir)) {
            assertThat(written.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("submission.csv", "titanic.onnx",
                    "titanic.onnx.MODEL.md", "titanic-features.onnx", "titanic-features.onnx.MODEL.md", "large.csv");
        }

        Path noSex = dir.resolve("no-sex.csv");
        Files.write(noSex, source.stream().map(l -> l.replaceFirst(",(male|female|Sex),", ",")).toList());
        files.input = noSex;
        files.predictions = dir.resolve("no-sex-predictions.csv");
        robot.clickOn("#choose-input");
        waitUntil(20, () -> text(robot, "#predict-input-note").startsWith("no-sex.csv lacks Sex"));
        robot.clickOn("#choose-output");
        robot.clickOn("#predict");
        waitUntil(20, () -> robot.lookup("#error-dialog").tryQuery().isPresent());
        assertThat(robot.lookup("#error-dialog .dialog-message").queryAs(Label.class).getText())
                .isEqualTo("no-sex.csv: required column 'Sex' is missing");
        robot.clickOn("OK");
        assertThat(files.predictions).doesNotExist();

        files.bundle = dir.resolve("titanic-model.zip");
        robot.push(KeyCode.CONTROL, KeyCode.B);
        waitUntil(30, () -> text(robot, "#export-message").startsWith("Saved Run 1 as a model bundle"));
        assertThat(ModelBundle.load(files.bundle).predict(test)).isEqualTo(p);
    }
}
