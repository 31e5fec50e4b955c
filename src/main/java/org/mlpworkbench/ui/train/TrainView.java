package org.mlpworkbench.ui.train;

import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.PauseButton;
import org.mlpworkbench.ui.session.RunStatus;

/**
 * The Train step: the form on the left with Start / Pause / Stop; on the right the progress line,
 * how the last run ended, the live charts and, in tabs, the run history and the learning-rate finder.
 */
public final class TrainView extends BorderPane {

    public TrainView(TrainViewModel viewModel, Supplier<Window> owner) {
        setId("train-view");
        getStyleClass().add("page");

        Label title = new Label("Train");
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.setId("train-summary");
        summary.getStyleClass().add("summary-line");
        summary.textProperty().bind(viewModel.summary());
        HBox top = new HBox(16, title, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        ScrollPane formScroll = new ScrollPane(new TrainFormView(viewModel));
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.setMinWidth(330);
        formScroll.setPrefWidth(350);
        VBox left = new VBox(8, formScroll, buttons(viewModel));
        VBox.setVgrow(formScroll, Priority.ALWAYS);

        TabPane tabs = new TabPane();
        Tab runs = new Tab("Runs", new RunHistory(viewModel));
        Tab finder = new Tab("Learning-rate finder", new LrFinderPane(viewModel, owner));
        runs.setClosable(false);
        finder.setClosable(false);
        tabs.getTabs().addAll(runs, finder);
        viewModel.lrFinder().busyProperty().addListener((obs, old, busy) -> {
            if (busy) {
                tabs.getSelectionModel().select(finder);
            }
        });
        viewModel.activeProperty().addListener((obs, old, training) -> {
            if (training) {
                tabs.getSelectionModel().select(runs);
            }
        });
        SplitPane right = new SplitPane(new TrainingCharts(viewModel, owner), tabs);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.62);
        VBox rightBox = new VBox(6, progress(viewModel), right);
        VBox.setVgrow(right, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, rightBox);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
    }

    private HBox buttons(TrainViewModel viewModel) {
        Button start = new Button("_Start");
        start.setId("start-training");
        start.setDefaultButton(false);
        start.getStyleClass().add("accent");
        start.setTooltip(FormGrid.tooltip("Train a new run with these settings (Ctrl+Enter). Earlier runs stay "
                + "in the history."));
        start.disableProperty().bind(viewModel.canStart().not());
        start.setOnAction(e -> viewModel.start());

        Button pause = PauseButton.of("pause-training",
                "Pause training before the next batch, or resume it (F6).",
                viewModel.activeProperty(), viewModel.pausedProperty(), viewModel::pause, viewModel::resume);

        Button stop = new Button("St_op");
        stop.setId("stop-training");
        stop.setTooltip(FormGrid.tooltip("Stop within one batch; the run keeps the model reached so far (Esc)."));
        stop.disableProperty().bind(viewModel.activeProperty().not());
        stop.setOnAction(e -> viewModel.stop());
        HBox box = new HBox(8, start, pause, stop);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private VBox progress(TrainViewModel viewModel) {
        ProgressBar bar = new ProgressBar();
        bar.setId("train-progress");
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label text = new Label();
        text.setId("train-progress-text");
        text.textProperty().bind(viewModel.progressTextProperty());
        text.setWrapText(true);
        text.setMinWidth(200);
        HBox.setHgrow(text, Priority.ALWAYS);
        bar.setPrefWidth(260);
        bar.setMaxWidth(320);
        HBox row = new HBox(10, bar, text);
        row.setAlignment(Pos.CENTER_LEFT);
        viewModel.currentStatusProperty().addListener((obs, old, status) -> {
            row.getStyleClass().removeAll("banner", "banner-warning");
            if (status == RunStatus.DIVERGED || status == RunStatus.FAILED) {
                row.getStyleClass().addAll("banner", "banner-warning");
            }
        });
        return new VBox(4, row);
    }
}
