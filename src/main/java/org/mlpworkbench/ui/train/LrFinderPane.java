package org.mlpworkbench.ui.train;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mlpworkbench.train.LrFinderResult;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.FormGrid;

/**
 * The learning-rate finder's result: smoothed loss against the learning rate (log scale), the
 * suggested rate marked, and a button that puts it into the form.
 */
final class LrFinderPane extends VBox {

    private final ObservableList<CurvePoint> curve = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> marker = FXCollections.observableArrayList();

    LrFinderPane(TrainViewModel viewModel, java.util.function.Supplier<javafx.stage.Window> owner) {
        super(6);
        setId("lr-finder");
        LinePlot chart = new LinePlot(null, "learning rate (log scale)", "smoothed loss");
        chart.setId("lr-plot");
        chart.setXTickFormat(x -> x == Math.rint(x) ? "1e" + (long) x : String.format(Locale.ROOT, "%.2g", Math.pow(10, x)));
        chart.bind("loss", LinePlot.Look.TRAIN, curve);
        chart.bind("suggested rate", LinePlot.Look.MARKER, marker);
        chart.setLegendVisible(false);
        ImageExport.install(chart, () -> "learning-rate finder", owner);
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label text = new Label();
        text.setId("lr-suggestion");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.lrFinder().resultProperty().get(),
                viewModel.lrFinder().busyProperty().get()), viewModel.lrFinder().resultProperty(), viewModel.lrFinder().busyProperty()));
        Button use = new Button("Use suggestion");
        use.setId("use-suggestion");
        use.setTooltip(FormGrid.tooltip("Put the suggested rate into the Learning rate field."));
        use.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.lrFinder().resultProperty().get() == null
                || Double.isNaN(viewModel.lrFinder().resultProperty().get().suggestedRate()), viewModel.lrFinder().resultProperty()));
        use.setOnAction(e -> viewModel.lrFinder().useSuggestedRate());
        Button run = new Button("Run the finder");
        run.setTooltip(FormGrid.tooltip("Sweep the learning rate with the current form settings (Ctrl+L)."));
        run.disableProperty().bind(viewModel.canStart().not());
        run.setOnAction(e -> viewModel.findLearningRate());
        HBox row = new HBox(8, text, use, run);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(row, chart);
        viewModel.lrFinder().resultProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(LrFinderResult result) {
        if (result == null) {
            curve.clear();
            marker.clear();
            return;
        }
        curve.setAll(result.points().stream()
                .map(p -> new CurvePoint(Math.log10(p.learningRate()), p.smoothedLoss())).toList());
        if (Double.isNaN(result.suggestedRate()) || curve.isEmpty()) {
            marker.clear();
            return;
        }
        double x = Math.log10(result.suggestedRate());
        double low = curve.stream().mapToDouble(CurvePoint::y).min().orElse(0);
        double high = curve.stream().mapToDouble(CurvePoint::y).max().orElse(1);
        marker.setAll(new CurvePoint(x, low), new CurvePoint(x, high));
    }

    private static String describe(LrFinderResult result, boolean busy) {
        if (busy) {
            return "Sweeping learning rates…";
        }
        if (result == null) {
            return "Run the finder to see how the loss responds to the learning rate.";
        }
        if (Double.isNaN(result.suggestedRate())) {
            return "No suggestion: the loss did not fall during the sweep. Try a smaller network or batch.";
        }
        return "Suggested learning rate: " + LrFinderModel.formatRate(result.suggestedRate())
                + " (where the loss falls fastest, before its minimum).";
    }
}
