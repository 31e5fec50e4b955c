package org.mlpworkbench.ui.evaluate;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.mlpworkbench.metrics.ThresholdMetric;

/**
 * The multi-label part of the Threshold tab: one global threshold or one per label, the list of labels
 * with each one's threshold (choosing a label puts the chart and slider on it), and "Best per label",
 * which gives every label its own best threshold at once.
 */
final class LabelThresholds extends VBox {

    LabelThresholds(EvaluateViewModel viewModel, ThresholdExplorer explorer) {
        super(6);
        ToggleGroup group = new ToggleGroup();
        RadioButton global = radio("mode-global", ThresholdExplorer.Mode.GLOBAL, group,
                "One threshold for every label; the chart shows all (row, label) predictions pooled");
        RadioButton perLabel = radio("mode-per-label", ThresholdExplorer.Mode.PER_LABEL, group,
                "A threshold for each label; the chart and slider act on the label chosen below");
        group.selectToggle(explorer.modeProperty().get() == ThresholdExplorer.Mode.GLOBAL ? global : perLabel);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else {
                explorer.modeProperty().set((ThresholdExplorer.Mode) now.getUserData());
            }
        });
        explorer.modeProperty().addListener((obs, old, now) -> group.selectToggle(
                now == ThresholdExplorer.Mode.GLOBAL ? global : perLabel));

        List<String> names = explorer.scored().data().outputNames();
        ListView<Integer> labels = new ListView<>(FXCollections.observableArrayList(
                IntStream.range(0, names.size()).boxed().toList()));
        labels.setId("label-list");
        labels.setPrefHeight(Math.min(names.size(), 14) * 25 + 4);
        labels.setPrefWidth(140);
        labels.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Integer j, boolean empty) {
                super.updateItem(j, empty);
                setText(empty || j == null ? null : names.get(j) + "   t = "
                        + ThresholdExplorer.format(explorer.perLabelThresholds().get(j)));
            }
        });
        labels.setTooltip(new Tooltip("Each label with its own threshold; choose one to move its threshold "
                + "(per-label mode)"));
        labels.getSelectionModel().select(explorer.labelProperty().get());
        labels.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                explorer.labelProperty().set(now.intValue());
            }
        });
        explorer.labelProperty().addListener((obs, old, now) -> labels.getSelectionModel().select(now.intValue()));
        labels.disableProperty().bind(perLabel.selectedProperty().not());
        explorer.perLabelThresholds().addListener((ListChangeListener<Double>) c -> labels.refresh());

        MenuButton best = new MenuButton("Best _per label");
        best.setId("best-per-label");
        best.setTooltip(new Tooltip("Give every label its own best threshold at once (switches to per-label mode)"));
        for (ThresholdMetric metric : new ThresholdMetric[] {ThresholdMetric.ACCURACY, ThresholdMetric.F1,
            ThresholdMetric.BALANCED_ACCURACY, ThresholdMetric.MCC}) {
            String key = metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            MenuItem item = new MenuItem("by " + MetricsText.name(metric.name().toLowerCase(java.util.Locale.ROOT)));
            item.setId("best-per-label-" + key);
            item.setOnAction(e -> viewModel.bestPerLabel(metric));
            best.getItems().add(item);
        }
        CostChoice costs = viewModel.costsProperty().get();
        MenuItem byCost = new MenuItem("by cost (each label's own costs)");
        byCost.setId("best-per-label-cost");
        byCost.setOnAction(e -> costs.bestPerLabel());
        byCost.disableProperty().bind(costs.curveProperty().isNull());
        best.getItems().add(byCost);
        Label title = new Label("Thresholds of the labels");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, global, perLabel, labels, best);
    }

    private static RadioButton radio(String id, ThresholdExplorer.Mode mode, ToggleGroup group, String tip) {
        RadioButton b = new RadioButton(mode.toString());
        b.setId(id);
        b.setUserData(mode);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
