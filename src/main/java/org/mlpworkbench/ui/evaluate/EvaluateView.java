package org.mlpworkbench.ui.evaluate;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * The Evaluate step: the source bar (which run, evaluated on its validation split or on a labelled
 * file), the threshold-free metrics in one line, and a tab pane whose tabs are rebuilt for each
 * evaluation. The "Threshold" tab ({@link ThresholdPane}) is registered here; other panes are added with
 * {@link #addTabs}, the one way tabs enter this view.
 */
public final class EvaluateView extends BorderPane {

    private final EvaluateViewModel viewModel;
    private final List<BiFunction<Scored, RunRecord, List<Tab>>> providers = new ArrayList<>();
    private final TabPane tabs = new TabPane();
    private final Label empty = new Label();
    private final CellRowsLister rows;

    public EvaluateView(EvaluateViewModel viewModel, CellRowsLister rows, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.rows = rows;
        setId("evaluate-view");
        getStyleClass().add("page");

        Label title = new Label("Evaluate");
        title.getStyleClass().add("page-title");
        Label status = new Label();
        status.setId("eval-status");
        status.getStyleClass().add("summary-line");
        status.textProperty().bind(viewModel.statusProperty());
        status.visibleProperty().bind(viewModel.statusProperty().isNotEmpty());
        HBox top = new HBox(16, title, status);
        top.setAlignment(Pos.CENTER_LEFT);

        Label source = new Label();
        source.setId("eval-source-text");
        source.setWrapText(true);
        source.textProperty().bind(viewModel.sourceTextProperty());
        Label summary = new Label();
        summary.setId("eval-summary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox evaluated = new HBox(12, source, summary);
        evaluated.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(6, top, sourceBar(owner), evaluated);
        header.setPadding(new javafx.geometry.Insets(0, 0, 6, 0));
        setTop(header);

        tabs.setId("eval-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        empty.getStyleClass().add("hint");
        empty.setWrapText(true);
        empty.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Scored scored = viewModel.scoredProperty().get();
            return scored == null ? viewModel.sourceTextProperty().get()
                    : "The metrics of this " + scored.data().task().label() + " model are listed above.";
        }, viewModel.scoredProperty(), viewModel.sourceTextProperty()));
        addTabs((scored, run) -> scored.hasThresholds()
                ? List.of(thresholdTab(owner)) : List.of());
        viewModel.scoredProperty().addListener((obs, old, now) -> rebuildTabs());
    }

    /** Lists the rows behind a confusion-matrix cell, for the tabs added to this view. */
    public CellRowsLister cellRows() {
        return rows;
    }

    private Tab thresholdTab(Supplier<Window> owner) {
        Tab tab = new Tab("Threshold", new ThresholdPane(viewModel, viewModel.explorerProperty().get(), rows, owner));
        tab.setTooltip(new Tooltip("Choose the decision threshold and watch accuracy, precision, recall and the "
                + "confusion matrix change"));
        return tab;
    }

    /**
     * Adds the tabs {@code provider} makes for each evaluation, after those added before (the "Threshold"
     * tab comes first). It is called again, on the UI thread, whenever the user evaluates another run or
     * source, with the scored data (outputs, targets, recipe and the curves built once) and the run, and
     * returns the tabs that suit the data's task (none is fine).
     */
    public void addTabs(BiFunction<Scored, RunRecord, List<Tab>> provider) {
        providers.add(provider);
        rebuildTabs();
    }

    private void rebuildTabs() {
        Scored scored = viewModel.scoredProperty().get();
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        String selectedTitle = selected == null ? null : selected.getText();
        tabs.getTabs().clear();
        if (scored == null) {
            setCenter(empty);
            return;
        }
        for (BiFunction<Scored, RunRecord, List<Tab>> provider : providers) {
            for (Tab tab : provider.apply(scored, viewModel.runProperty().get())) {
                if (tab.getId() == null) {
                    tab.setId("tab-" + tab.getText().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                }
                tab.setClosable(false);
                tabs.getTabs().add(tab);
                if (tab.getText().equals(selectedTitle)) {
                    tabs.getSelectionModel().select(tab);
                }
            }
        }
        setCenter(tabs.getTabs().isEmpty() ? empty : tabs);
    }

    private HBox sourceBar(Supplier<Window> owner) {
        Label runLabel = new Label("_Model");
        ComboBox<RunRecord> runs = new ComboBox<>(viewModel.runs());
        runs.setId("eval-run");
        runs.valueProperty().bindBidirectional(viewModel.runProperty());
        runs.setConverter(FormGrid.named(r -> r.name() + " · " + r.describe()));
        runs.setPrefWidth(400);
        runs.setMinWidth(150);
        runs.setTooltip(new Tooltip("The training run whose model is evaluated (the latest by default)"));
        runLabel.setLabelFor(runs);
        runLabel.setMnemonicParsing(true);

        Button validation = new Button("Validation _split");
        validation.setId("source-validation");
        validation.setTooltip(new Tooltip("Evaluate on the rows the run held out from training (the default)"));
        validation.disableProperty().bind(viewModel.fileProperty().isNull().or(viewModel.busyProperty()));
        validation.setOnAction(e -> viewModel.useValidation());
        Button file = new Button("Evaluate on a _labelled file…");
        file.setId("source-file");
        file.setTooltip(new Tooltip("Read a CSV file that has the target column(s) and evaluate the model on it, "
                + "prepared by the model's own recipe"));
        file.setOnAction(e -> chooseFile(owner.get()));
        file.disableProperty().bind(viewModel.runProperty().isNull());

        ProgressBar progress = new ProgressBar();
        progress.setId("eval-progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(viewModel.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("eval-cancel");
        cancel.setTooltip(new Tooltip("Stop reading the file; the evaluation shown stays (Esc)"));
        cancel.setOnAction(e -> viewModel.cancel());
        for (Node n : new Node[] {progress, cancel}) {
            n.visibleProperty().bind(viewModel.busyProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        Label on = new Label("Evaluate on:");
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {runLabel, on, validation, file, cancel}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, runLabel, runs, new Separator(javafx.geometry.Orientation.VERTICAL), on, validation, file,
                progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Evaluate on a labelled CSV file");
        chooser.getExtensionFilters().addAll(Dialogs.dataFileFilters());
        RunRecord run = viewModel.runProperty().get();
        Path folder = run == null ? null : run.preparation().data().file().getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            viewModel.useFile(chosen.toPath());
        }
    }

    /** Puts the metrics of what is shown on the clipboard as tab-separated text. */
    public static void copyMetrics(EvaluateViewModel viewModel) {
        String report = viewModel.metricsReport();
        if (!report.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(report);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
