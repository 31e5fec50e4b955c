package org.mlpworkbench.ui.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.RunStatus;

/**
 * The session's runs: status, epochs, best loss, last metric and settings; selecting one shows its
 * curves, and "Compare with" overlays another run's loss curves (dashed).
 */
final class RunHistory extends VBox {

    RunHistory(TrainViewModel viewModel) {
        super(6);
        setId("run-history");
        TableView<RunRecord> table = new TableView<>(viewModel.model().runs());
        table.setId("run-table");
        table.setPlaceholder(new Label("No runs yet: press Start (Ctrl+Enter)"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Run", 60, r -> r.name()));
        TableColumn<RunRecord, RunStatus> status = new TableColumn<>("Status");
        status.setCellValueFactory(cd -> cd.getValue().statusProperty());
        status.setPrefWidth(100);
        table.getColumns().add(status);
        TableColumn<RunRecord, String> epochs = new TableColumn<>("Epochs");
        epochs.setCellValueFactory(cd -> Bindings.createStringBinding(() -> cd.getValue().curves().epochs().size() + " / "
                + cd.getValue().settings().config().epochs(), cd.getValue().revisionProperty()));
        epochs.setPrefWidth(70);
        table.getColumns().add(epochs);
        TableColumn<RunRecord, String> best = new TableColumn<>("Best loss");
        best.setCellValueFactory(cd -> Bindings.createStringBinding(() -> bestLoss(cd.getValue()), cd.getValue().revisionProperty()));
        best.setPrefWidth(90);
        table.getColumns().add(best);
        TableColumn<RunRecord, String> metric = new TableColumn<>("Last metric");
        metric.setCellValueFactory(cd -> Bindings.createStringBinding(() -> lastMetric(cd.getValue()), cd.getValue().revisionProperty()));
        metric.setPrefWidth(200);
        table.getColumns().add(metric);
        TableColumn<RunRecord, String> settings = new TableColumn<>("Settings");
        settings.setCellValueFactory(cd -> Bindings.createStringBinding(() -> cd.getValue().describe(),
                cd.getValue().revisionProperty()));
        settings.setPrefWidth(380);
        table.getColumns().add(settings);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.showRun(now));
        viewModel.currentProperty().addListener((obs, old, now) -> table.getSelectionModel().select(now));

        ComboBox<RunRecord> compare = new ComboBox<>();
        compare.setId("compare-with");
        Runnable refill = () -> {
            List<RunRecord> items = new ArrayList<>();
            items.add(null);
            items.addAll(viewModel.model().runs());
            compare.getItems().setAll(items);
            compare.setValue(viewModel.compareWithProperty().get());
        };
        refill.run();
        viewModel.model().runs().addListener((ListChangeListener<RunRecord>) c -> refill.run());
        compare.valueProperty().bindBidirectional(viewModel.compareWithProperty());
        compare.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunRecord run) {
                return run == null ? "none" : run.name() + " · " + run.describe();
            }

            @Override
            public RunRecord fromString(String s) {
                return null;
            }
        });
        compare.setTooltip(FormGrid.tooltip("Overlay another run's training and validation loss (dashed) on the "
                + "loss chart, e.g. BCE against MSE, or two learning rates."));
        compare.setMaxWidth(520);
        Label compareLabel = new Label("Compare _with:");
        compareLabel.setMnemonicParsing(true);
        compareLabel.setLabelFor(compare);
        HBox row = new HBox(8, compareLabel, compare);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(row, table);
    }

    private static TableColumn<RunRecord, String> column(String title, double width,
            java.util.function.Function<RunRecord, String> value) {
        TableColumn<RunRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String bestLoss(RunRecord run) {
        return run.curves().epochs().stream()
                .mapToDouble(e -> e.hasValidation() ? e.validationLoss() : e.trainLoss())
                .min().stream().mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).findFirst().orElse("—");
    }

    private static String lastMetric(RunRecord run) {
        if (run.curves().epochs().isEmpty()) {
            return "—";
        }
        EpochStats last = run.curves().epochs().get(run.curves().epochs().size() - 1);
        double value = last.hasValidation() ? last.validationMetric() : last.trainMetric();
        return String.format(Locale.ROOT, "%s %.4f%s", last.metricName(), value, last.hasValidation() ? " (val)" : "");
    }
}
