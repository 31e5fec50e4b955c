package org.mlpworkbench.ui.train;

import java.util.function.Supplier;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.LinePlot.Look;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * The live charts of the Train step: loss per epoch (training, validation, the smoothed per-batch
 * training loss, and the compared run's curves dashed) and the task's main metric per epoch. They
 * follow the shown run's observable curves, which grow in coalesced batches. Right-click a chart to
 * save it as PNG or copy it.
 */
final class TrainingCharts extends HBox {

    private final LinePlot loss = new LinePlot("Loss", "epoch", "loss");
    private final LinePlot metric = new LinePlot("Main metric", "epoch", "");

    TrainingCharts(TrainViewModel viewModel, Supplier<Window> owner) {
        super(8);
        ImageExport.install(loss, () -> chartName(viewModel, "loss"), owner);
        ImageExport.install(metric, () -> chartName(viewModel, "metric"), owner);
        loss.setId("loss-chart");
        metric.setId("metric-chart");
        HBox.setHgrow(loss, Priority.ALWAYS);
        HBox.setHgrow(metric, Priority.ALWAYS);
        loss.setPrefWidth(560);
        metric.setPrefWidth(380);
        getChildren().addAll(loss, metric);
        viewModel.currentProperty().addListener(obs -> show(viewModel));
        viewModel.compareWithProperty().addListener(obs -> show(viewModel));
        show(viewModel);
    }

    /** "Run 3 loss", the suggested file name of a saved chart. */
    private static String chartName(TrainViewModel viewModel, String what) {
        RunRecord run = viewModel.currentProperty().get();
        return (run == null ? "" : run.name() + " ") + what;
    }

    private void show(TrainViewModel viewModel) {
        RunRecord run = viewModel.currentProperty().get();
        RunRecord other = viewModel.compareWithProperty().get();
        loss.clearSeries();
        metric.clearSeries();
        if (run == null) {
            metric.setYLabel("");
            return;
        }
        loss.bind("training, per batch (smoothed)", Look.BATCH, run.curves().batchLoss());
        loss.bind("training", Look.TRAIN, run.curves().trainLoss());
        loss.bind("validation", Look.VALIDATION, run.curves().validationLoss());
        if (other != null && other != run) {
            loss.bind(other.name() + " training", Look.COMPARE_TRAIN, other.curves().trainLoss());
            loss.bind(other.name() + " validation", Look.COMPARE_VALIDATION, other.curves().validationLoss());
        }
        String metricName = run.settings().task().metricName();
        metric.setYLabel(metricName);
        metric.setTitle(metricName.startsWith("accuracy") ? "Accuracy" : metricName);
        metric.bind("training", Look.TRAIN, run.curves().trainMetric());
        metric.bind("validation", Look.VALIDATION, run.curves().validationMetric());
    }
}
