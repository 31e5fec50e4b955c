package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.PredictionColumns;
import org.mlpworkbench.bundle.WeightExport;
import org.mlpworkbench.metrics.ThresholdMetric;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.train.TrainPreset;
import org.mlpworkbench.ui.session.SampleFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The README's first-five-minutes walkthrough, step by step on the shipped Titanic, with a screenshot of each
 * step saved to the folder named by {@code -Dmlpw.screenshots=DIR} as {@code walkthrough-N-….png}. Not part of
 * the normal test run, like {@link ScreenshotTour}:
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" mvn test -Dheadful -Dtest=WalkthroughScreenshots -Dmlpw.screenshots=assets}
 */
@EnabledIfSystemProperty(named = "mlpw.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class WalkthroughScreenshots {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
    }

    @Test
    void walkthrough(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        Path out = Files.createDirectories(Path.of("target", "walkthrough"));

        // 1. The welcome page lists the samples, Titanic first; clicking it opens the Prepare step.
        Screenshots.save(stage.getScene(), dir, "walkthrough-1-samples");
        robot.clickOn("Titanic");
        waitUntil(30, () -> window.model().preparation() != null);
        assertThat(window.model().preparation().recipe().targets()).containsExactly("Survived");
        Screenshots.save(stage.getScene(), dir, "walkthrough-2-prepare");

        // 3. The classic network (128 ReLU units, no bias, 100 epochs): one click on the Classic preset.
        var train = window.trainViewModel();
        robot.interact(() -> window.select(Step.TRAIN));
        robot.clickOn("#preset-classic");
        assertThat(train.form().matchingPreset().get()).isSameAs(TrainPreset.CLASSIC);
        assertThat(train.form().settings().hiddenWidths()).containsExactly(128);
        assertThat(train.form().settings().activation()).isEqualTo(Activation.RELU);
        assertThat(train.form().settings().bias()).isFalse();
        robot.clickOn("#start-training");
        waitUntil(120, () -> train.currentProperty().get() != null && !train.activeProperty().get());
        Screenshots.save(stage.getScene(), dir, "walkthrough-3-train");

        // 4. The same network with sigmoid + MSE, overlaid on the BCE run.
        robot.interact(() -> train.form().output.set(train.form().outputOptions().stream()
                .filter(o -> o.loss() == LossFunction.MSE).findFirst().orElseThrow()));
        robot.clickOn("#start-training");
        waitUntil(120, () -> window.model().runs().size() == 2 && !train.activeProperty().get());
        Screenshots.save(stage.getScene(), dir, "walkthrough-4-bce-vs-mse");

        // 5. Evaluate the BCE run and pick the threshold with the best accuracy.
        var evaluate = window.evaluateViewModel();
        robot.interact(() -> {
            window.select(Step.EVALUATE);
            evaluate.runProperty().set(evaluate.runs().stream()
                    .filter(r -> r.name().equals("Run 1")).findFirst().orElseThrow());
        });
        waitUntil(60, () -> evaluate.explorerProperty().get() != null && !evaluate.busyProperty().get());
        robot.interact(() -> evaluate.best(ThresholdMetric.ACCURACY));
        Screenshots.save(stage.getScene(), dir, "walkthrough-5-threshold");

        // 6. Export: the Kaggle submission for test.csv, and the weights as NumPy .npz.
        var export = window.exportViewModel();
        var predict = export.prediction();
        Path testFile = SampleData.FOLDER.resolve("titanic/test.csv");
        robot.interact(() -> {
            window.select(Step.EXPORT);
            export.selectedRunProperty().set(export.runs().stream()
                    .filter(r -> r.name().equals("Run 1")).findFirst().orElseThrow());
            export.weightsFormatProperty().set(WeightExport.Format.NPZ);
            export.exportWeights(export.weightsFormatProperty().get(), out.resolve("titanic.npz"));
            predict.chooseInput(testFile);
        });
        waitUntil(30, () -> predict.idChoices().size() > 1 && !export.busyProperty().get());
        robot.interact(() -> {
            predict.formatProperty().set(PredictionColumns.Format.KAGGLE);
            predict.setOutput(out.resolve("submission.csv"));
            predict.predict();
        });
        waitUntil(30, () -> predict.progress().previewProperty().get() != null);
        Screenshots.save(stage.getScene(), dir, "walkthrough-6-export");
        List<String> submission = Files.readAllLines(out.resolve("submission.csv"));
        assertThat(submission).hasSize(419).first().isEqualTo("PassengerId,Survived");
        assertThat(Files.size(out.resolve("titanic.npz"))).isPositive();
        assertThat(SampleFiles.list(SampleData.FOLDER).get(0).name()).isEqualTo("Titanic");
    }
}
