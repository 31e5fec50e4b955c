package org.mlpworkbench.ui;

import org.mlpworkbench.ui.session.Step;
import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.PredictionColumns;
import org.mlpworkbench.bundle.WeightExport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Screenshots of the Export step after a Titanic run has exported ONNX and predicted test.csv as a
 * Kaggle submission, light and dark, at 1366×768, to the folder named by {@code -Dmlpw.screenshots=DIR}.
 * Not part of the normal test run, like {@link ScreenshotTour}:
 * {@code xvfb-run -a -s "-screen 0 1920x1200x24" mvn test -Dheadful -Dtest=ExportScreenshots -Dmlpw.screenshots=assets}
 */
@EnabledIfSystemProperty(named = "mlpw.screenshots", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ExportScreenshots {

    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = UiTestSupport.start(stage);
    }

    @Test
    void export(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("mlpw.screenshots"));
        Path out = Files.createTempDirectory("titanic");
        Path testFile = Files.copy(SampleData.file("titanic/test.csv"), out.resolve("test.csv"));
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);
        var train = window.trainViewModel();
        robot.interact(() -> {
            window.select(Step.TRAIN);
            train.form().epochs.set("40");
            train.start();
        });
        waitUntil(120, () -> !train.activeProperty().get() && window.model().lastModelRunProperty().get() != null);

        waitUntil(30, () -> window.evaluateViewModel().explorerProperty().get() != null);
        robot.interact(() -> {
            window.select(Step.EVALUATE);
            window.evaluateViewModel().best(org.mlpworkbench.metrics.ThresholdMetric.ACCURACY);
        });
        var export = window.exportViewModel();
        var predict = export.prediction();
        robot.interact(() -> {
            window.select(Step.EXPORT);
            export.exportWeights(WeightExport.Format.ONNX, out.resolve("train-run1.onnx"));
            predict.chooseInput(testFile);
        });
        waitUntil(30, () -> predict.idChoices().size() > 1 && !export.busyProperty().get());
        robot.interact(() -> {
            predict.formatProperty().set(PredictionColumns.Format.KAGGLE);
            predict.setOutput(out.resolve("submission.csv"));
            predict.predict();
        });
        waitUntil(30, () -> predict.progress().previewProperty().get() != null);
        Screenshots.save(stage.getScene(), dir, "export");
        robot.interact(() -> window.services().settings().darkThemeProperty().set(true));
        Screenshots.save(stage.getScene(), dir, "export-dark");
        robot.interact(() -> window.services().settings().darkThemeProperty().set(false));
    }
}
