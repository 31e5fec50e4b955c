package org.mlpworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.PredictionColumns;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/** A yeast multi-label run (14 labels) through the Export step: per-label thresholds in the summary and the output. */
class MultiLabelExportTest {

    @TempDir
    Path dir;

    @Test
    void everyLabelHasItsThresholdInTheSummaryAndItsColumnsInThePredictions() throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        new PrepareViewModel(model, tasks);
        TrainViewModel train = new TrainViewModel(model, tasks);
        model.setData(DataSet.load(SampleData.file("yeast/train.csv")));
        train.form().epochs.set("2");
        train.start();
        RunRecord run = model.lastModelRunProperty().get();
        ExportViewModel export = new ExportViewModel(model, tasks);

        RunSummary summary = export.summaryProperty().get();
        assertThat(summary.task()).startsWith("multi-label · target Class1, Class2, ");
        assertThat(summary.outputs()).isEqualTo("Class1, Class2, Class3, Class4 … (14 outputs)");
        assertThat(summary.decision()).isEqualTo("each label positive if p > its threshold: Class1 > 0.5, Class2 > 0.5, "
                + "Class3 > 0.5, Class4 > 0.5 … (14 labels) — the default; choose another in Evaluate");
        assertThat(summary.metrics()).startsWith("label accuracy ").contains("micro F1");
        List<Double> chosen = new ArrayList<>(Collections.nCopies(14, 0.5));
        chosen.set(1, 0.3);
        run.setThresholds(chosen);
        assertThat(export.summaryProperty().get().decision()).contains("Class2 > 0.3").endsWith("— chosen in Evaluate");

        PredictViewModel predict = export.prediction();
        Path test = SampleData.file("yeast/test.csv");
        predict.chooseInput(test);
        assertThat(predict.idColumnProperty().get()).isEqualTo(IdChoice.NONE);
        predict.formatProperty().set(PredictionColumns.Format.KAGGLE);
        assertThat(predict.canPredict().get()).isFalse();
        predict.formatProperty().set(PredictionColumns.Format.FULL);
        Path out = dir.resolve("yeast.csv");
        predict.setOutput(out);
        predict.predict();

        List<String> lines = Files.readAllLines(out);
        Matrix p = run.bundleSnapshot().get().predict(CsvReader.read(test).table());
        assertThat(lines).hasSize(p.rows() + 1);
        String[] header = lines.get(0).split(",");
        assertThat(header).hasSize(28).startsWith("p(Class1)", "p(Class2)");
        assertThat(header[14]).isEqualTo("Class1");
        for (int r = 0; r < p.rows(); r++) {
            String[] cells = lines.get(r + 1).split(",");
            assertThat(cells[15]).as("row %d Class2", r).isEqualTo(p.get(r, 1) > 0.3 ? "1" : "0");
        }
    }
}
