package org.mlpworkbench.ui;

import static org.mlpworkbench.ui.UiTestSupport.waitUntil;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.PredictionColumns;
import org.mlpworkbench.cli.Main;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Benchmark, not a test: predicting a CSV file through the Export step's background job in the real
 * window (from the call to predict() to the UI thread seeing the job end, preview included) against
 * {@code mlpw predict} run in the same JVM (which also loads the saved bundle), alternately, for
 * Titanic's test.csv (418 rows) and a 500,000-row file made of its rows with new PassengerIds. Prints
 * the median of each and their ratio. Run with {@code mvn test -Dtest=PredictionBench -Dmlpw.bench=true}.
 */
@EnabledIfSystemProperty(named = "mlpw.bench", matches = "true")
@ExtendWith(ApplicationExtension.class)
class PredictionBench {

    private static final int REPEATS = 7;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = UiTestSupport.start(stage);
    }

    @Test
    void uiJobAgainstCommandLine(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory("predict-bench");
        robot.interact(() -> window.open(SampleData.file("titanic/train.csv")));
        waitUntil(30, () -> window.model().preparation() != null);
        robot.interact(() -> {
            window.trainViewModel().form().epochs.set("20");
            window.trainViewModel().start();
        });
        waitUntil(120, () -> window.model().lastModelRunProperty().get() != null && !window.trainViewModel().activeProperty().get());
        var export = window.exportViewModel();
        Path bundle = dir.resolve("model");
        robot.interact(() -> export.saveBundle(bundle));
        waitUntil(30, () -> !export.busyProperty().get());

        Path large = dir.resolve("large.csv");
        List<String> lines = Files.readAllLines(SampleData.file("titanic/test.csv"));
        try (Writer w = Files.newBufferedWriter(large)) {
            w.write(lines.get(0) + "\n");
            for (int i = 0; i < 500_000; i++) {
                String line = lines.get(1 + i % (lines.size() - 1));
                w.write((1_000_000 + i) + line.substring(line.indexOf(',')) + "\n");
            }
        }
        StringBuilder report = new StringBuilder("prediction, Kaggle layout with PassengerId, median of " + REPEATS + "\n");
        for (Path input : List.of(SampleData.file("titanic/test.csv"), large)) {
            report.append(measure(robot, export.prediction(), bundle, input, dir));
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "prediction-bench.txt"), report.toString());
    }

    private String measure(FxRobot robot, org.mlpworkbench.ui.export.PredictViewModel predict, Path bundle, Path input, Path dir)
            throws Exception {
        Path fromUi = dir.resolve("ui.csv");
        Path fromCli = dir.resolve("cli.csv");
        robot.interact(() -> {
            predict.chooseInput(input);
            predict.formatProperty().set(PredictionColumns.Format.KAGGLE);
            predict.setOutput(fromUi);
        });
        waitUntil(30, () -> predict.canPredict().get());
        List<Double> ui = new ArrayList<>();
        List<Double> cli = new ArrayList<>();
        long[] ended = new long[1];
        predict.progress().runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                ended[0] = System.nanoTime();
            }
        });
        for (int i = 0; i < REPEATS; i++) {
            long[] started = new long[1];
            robot.interact(() -> {
                started[0] = System.nanoTime();
                predict.predict();
            });
            waitUntil(300, () -> !predict.progress().runningProperty().get());
            ui.add((ended[0] - started[0]) / 1e6);
            long start = System.nanoTime();
            int code = Main.run(new String[] {"predict", "--model", bundle.toString(), "--data", input.toString(),
                    "--id", "PassengerId", "--format", "kaggle", "--out", fromCli.toString()},
                    new PrintStream(OutputStream.nullOutputStream()), System.err);
            cli.add((System.nanoTime() - start) / 1e6);
            if (code != 0 || Files.mismatch(fromUi, fromCli) != -1) {
                throw new AssertionError("the command line failed or wrote another file for " + input);
            }
        }
        double u = median(ui);
        double c = median(cli);
        return String.format(Locale.ROOT, "%-12s %,9d rows: UI job %8.1f ms, mlpw predict (same JVM) %8.1f ms, ratio UI/CLI %.2f%n",
                input.getFileName(), Files.lines(fromUi).count() - 1, u, c, u / c);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
