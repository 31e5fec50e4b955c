package org.mlpworkbench.ui.prepare;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.ui.component.Sections;

/**
 * The Prepare step: target(s), task and positive class at the top, the live summary, then the column
 * choices and the first rows of the resulting feature matrix.
 */
public final class PrepareView extends BorderPane {

    private final PrepareViewModel viewModel;
    private final CheckComboBox<String> targets = new CheckComboBox<>();
    private boolean syncing;

    /**
     * @param lossName the loss the Train step will use (its form may override the task's default),
     *                 appended to the summary line
     */
    public PrepareView(PrepareViewModel viewModel, ObservableStringValue lossName, Supplier<Window> owner) {
        this.viewModel = viewModel;
        setId("prepare-view");
        getStyleClass().add("page");

        Label title = new Label("Prepare");
        title.getStyleClass().add("page-title");
        Label subtitle = new Label("Choose what to predict and how each column becomes features. "
                + "Statistics are learned from the training rows only.");
        subtitle.getStyleClass().add("page-subtitle");
        setTop(new VBox(8, new VBox(2, title, subtitle), form(), summary(lossName)));

        PlanTable plans = new PlanTable(viewModel.plans());
        FeatureTable features = new FeatureTable();
        features.show(viewModel.outcome().previewProperty().get());
        viewModel.outcome().previewProperty().addListener((obs, old, now) -> features.show(now));
        SplitPane split = new SplitPane(
                Sections.titled("Input columns", "Check Drop to leave a column out; pick its encoding and how missing "
                        + "values are filled.", plans),
                Sections.titled("Feature matrix (first rows)", "Exactly what the network receives; → marks the target outputs.",
                        features));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setCenter(split);
    }

    private GridPane form() {
        targets.setId("target-picker");
        targets.getItems().setAll(viewModel.columnNames());
        viewModel.columnNames().addListener((ListChangeListener<String>) c -> {
            syncing = true;
            targets.getItems().setAll(viewModel.columnNames());
            syncing = false;
            syncTargetsToView();
        });
        syncTargetsToView();
        viewModel.targets().addListener((ListChangeListener<String>) c -> syncTargetsToView());
        targets.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!syncing) {
                viewModel.targets().setAll(List.copyOf(targets.getCheckModel().getCheckedItems()));
            }
        });
        targets.setPrefWidth(260);
        targets.setTooltip(new Tooltip("The column(s) to predict. Several two-valued columns make a multi-label "
                + "task; several numeric ones a multi-output regression."));

        ComboBox<Task> task = new ComboBox<>();
        task.setId("task-choice");
        task.getItems().add(null);
        task.getItems().addAll(Arrays.asList(Task.values()));
        task.valueProperty().bindBidirectional(viewModel.taskChoiceProperty());
        task.setConverter(new StringConverter<>() {
            @Override
            public String toString(Task t) {
                if (t == null) {
                    Task inferred = viewModel.outcome().taskProperty().get();
                    return "automatic" + (inferred == null ? "" : " (" + inferred.label() + ")");
                }
                return t.label();
            }

            @Override
            public Task fromString(String s) {
                return null;
            }
        });
        viewModel.outcome().taskProperty().addListener((obs, old, now) -> {
            if (task.getValue() == null) {
                task.setValue(Task.BINARY);
                task.setValue(null);
            }
        });
        task.setTooltip(new Tooltip("What the network predicts. 'automatic' uses the task inferred from the target; "
                + "choose another to override it (e.g. regression for a numeric class code)."));

        ComboBox<String> positive = new ComboBox<>(viewModel.positiveOptions());
        positive.setId("positive-class");
        positive.valueProperty().bindBidirectional(viewModel.positiveClassProperty());
        positive.setTooltip(new Tooltip("For a binary target: the value the network predicts as 1 (\"positive\")."));
        Label positiveLabel = new Label("Positive class:");
        positiveLabel.setLabelFor(positive);
        positive.visibleProperty().bind(Bindings.isNotEmpty(viewModel.positiveOptions()));
        positiveLabel.visibleProperty().bind(positive.visibleProperty());

        Label reason = new Label();
        reason.getStyleClass().add("hint");
        reason.textProperty().bind(viewModel.outcome().taskReasonProperty());

        Label targetLabel = new Label("Tar_get:");
        targetLabel.setMnemonicParsing(true);
        targetLabel.setLabelFor(targets);
        Label taskLabel = new Label("T_ask:");
        taskLabel.setMnemonicParsing(true);
        taskLabel.setLabelFor(task);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        grid.addRow(0, targetLabel, targets, taskLabel, task, positiveLabel, positive);
        grid.add(reason, 1, 1, 5, 1);
        return grid;
    }

    private void syncTargetsToView() {
        syncing = true;
        targets.getCheckModel().clearChecks();
        for (String t : viewModel.targets()) {
            targets.getCheckModel().check(t);
        }
        syncing = false;
    }

    private HBox summary(ObservableStringValue lossName) {
        Label text = new Label();
        text.setId("prepare-summary");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!viewModel.outcome().problemProperty().get().isEmpty()) {
                return viewModel.outcome().problemProperty().get();
            }
            String summary = viewModel.outcome().summaryProperty().get();
            return summary.isEmpty() || lossName.get().isEmpty() ? summary : summary + " · loss: " + lossName.get();
        }, viewModel.outcome().summaryProperty(), viewModel.outcome().problemProperty(), lossName));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(viewModel.busyProperty());
        HBox box = new HBox(10, text, busy);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("summary-line");
        viewModel.outcome().problemProperty().addListener((obs, old, now) -> {
            box.getStyleClass().remove("summary-problem");
            if (!now.isEmpty()) {
                box.getStyleClass().add("summary-problem");
            }
        });
        return box;
    }
}
