package org.mlpworkbench.ui.tune;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.PauseButton;
import org.mlpworkbench.ui.component.LinePlot;
import org.mlpworkbench.ui.component.ParallelCoordinates;
import org.mlpworkbench.ui.component.Sections;

/**
 * The Tune step: the search space and budget on the left with Start / Pause / Cancel; on the right the progress
 * line, the live table of trials, the best score so far against the trial number, the parallel-coordinates plot of
 * the parameters against the score, and "Train with these settings".
 */
public final class TuneView extends BorderPane {

    public TuneView(TuneViewModel viewModel) {
        setId("tune-view");
        getStyleClass().add("page");
        Label title = new Label("Tune");
        title.getStyleClass().add("page-title");
        Label summary = new Label();
        summary.setId("tune-summary");
        summary.getStyleClass().add("summary-line");
        summary.textProperty().bind(Bindings.createStringBinding(() -> "Random search with successive halving · each "
                + "trial scored by " + viewModel.form().folds.textProperty().get() + "-fold cross-validation · "
                + viewModel.threads() + (viewModel.threads() == 1 ? " trial" : " trials") + " at once",
                viewModel.form().folds.textProperty()));
        HBox top = new HBox(16, title, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        ScrollPane formScroll = new ScrollPane(new TuneFormView(viewModel.form()));
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.setMinWidth(330);
        formScroll.setPrefWidth(350);
        Label message = new Label();
        message.setId("tune-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox left = new VBox(8, formScroll, buttons(viewModel), message);
        VBox.setVgrow(formScroll, Priority.ALWAYS);

        TrialHistory history = viewModel.history();
        LinePlot best = new LinePlot(null, "trial", "score");
        best.setId("tune-best-chart");
        best.bind("trial score", LinePlot.Look.DOT, history.scores());
        best.bind("best so far", LinePlot.Look.VALIDATION, history.bestSoFar());
        history.metricProperty().addListener((obs, old, now) -> best.setYLabel(now.isEmpty() ? "score" : now.replace('_', ' ')));
        best.setXTickFormat(v -> String.valueOf(Math.round(v)));
        ParallelCoordinates parallel = new ParallelCoordinates();
        parallel.setId("tune-parallel");
        Runnable repaint = () -> parallel.setModel(TrialAxes.of(history.trials(), history.chosen(),
                history.metricProperty().get()));
        history.trials().addListener((javafx.collections.ListChangeListener<org.mlpworkbench.tune.Trial>) c -> repaint.run());
        history.selectedProperty().addListener((obs, old, now) -> repaint.run());
        repaint.run();
        SplitPane charts = new SplitPane(Sections.titled("Best score so far", "Dots: each trial's score; line: the best up "
                + "to that trial.", best), Sections.titled("Parameters against the score", "One line per scored trial, "
                + "darker and bluer the better; the chosen trial in red.", parallel));
        charts.setDividerPositions(0.4);
        SplitPane right = new SplitPane(new TrialTable(history), charts);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);
        VBox rightBox = new VBox(6, progress(viewModel), right, trainRow(viewModel));
        VBox.setVgrow(right, Priority.ALWAYS);

        SplitPane split = new SplitPane(left, rightBox);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(left, false);
        setCenter(split);
        Timeline heartbeat = new Timeline(new KeyFrame(Duration.seconds(1), e -> viewModel.tick()));
        heartbeat.setCycleCount(Animation.INDEFINITE);
        viewModel.activeProperty().addListener((obs, old, now) -> {
            if (now) {
                heartbeat.play();
            } else {
                heartbeat.stop();
            }
        });
    }

    private HBox buttons(TuneViewModel viewModel) {
        Button start = new Button("_Start search");
        start.setId("start-tune");
        start.getStyleClass().add("accent");
        start.setTooltip(FormGrid.tooltip("Search the space with this budget; the trials of an earlier search are replaced."));
        start.disableProperty().bind(viewModel.canStart().not());
        start.setOnAction(e -> viewModel.start());
        Button pause = PauseButton.of("pause-tune",
                "Hold every running trial before its next batch, or go on.",
                viewModel.activeProperty(), viewModel.pausedProperty(), viewModel::pause, viewModel::resume);
        Button cancel = new Button("_Cancel");
        cancel.setId("cancel-tune");
        cancel.setTooltip(FormGrid.tooltip("End the search within one batch; every finished trial is kept (Esc)."));
        cancel.disableProperty().bind(viewModel.activeProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        HBox box = new HBox(8, start, pause, cancel);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private HBox progress(TuneViewModel viewModel) {
        ProgressBar bar = new ProgressBar(0);
        bar.setId("tune-progress");
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setPrefWidth(260);
        Label text = new Label();
        text.setId("tune-progress-text");
        text.textProperty().bind(viewModel.progressTextProperty());
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, bar, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox trainRow(TuneViewModel viewModel) {
        Button train = new Button("Train _with these settings");
        train.setId("train-with-trial");
        train.getStyleClass().add("accent");
        train.setTooltip(FormGrid.tooltip("Fill the Train form with the chosen trial's settings (its epochs, early "
                + "stopping off, the search's seed) and start a normal run on the Train step."));
        train.disableProperty().bind(viewModel.canTrain().not());
        train.setOnAction(e -> viewModel.trainWithChosen());
        train.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label chosen = new Label();
        chosen.setId("tune-chosen");
        chosen.setWrapText(true);
        chosen.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chosen.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        TrialHistory history = viewModel.history();
        chosen.textProperty().bind(Bindings.createStringBinding(() -> TrialText.chosen(history),
                history.selectedProperty(), history.trials()));
        HBox row = new HBox(10, train, chosen);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
