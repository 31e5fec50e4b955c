package org.mlpworkbench.ui.export;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.bundle.WeightExport;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.Sections;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * The Export step: the run to export with its summary, "Save model bundle…" and "Export weights…"
 * (format, note on how to load it) on the left, "Predict a CSV file" on the right. Files are asked
 * of an {@link ExportFiles}; the menu's export items call {@link #saveBundle()}, {@link #exportWeights()}
 * and {@link #choosePredictionInput()}.
 */
public final class ExportView extends BorderPane {

    private final ExportViewModel viewModel;
    private final ExportFiles files;
    private final PredictPane predict;

    public ExportView(ExportViewModel viewModel, Supplier<Window> owner, ExportFiles files) {
        this.viewModel = viewModel;
        this.files = files;
        setId("export-view");
        sceneProperty().addListener((obs, old, scene) -> viewModel.setShowing(scene != null));
        viewModel.setShowing(getScene() != null);
        getStyleClass().add("page");

        Label title = new Label("Export");
        title.getStyleClass().add("page-title");
        ComboBox<RunRecord> run = new ComboBox<>(viewModel.runs());
        run.setId("export-run");
        run.valueProperty().bindBidirectional(viewModel.selectedRunProperty());
        run.setConverter(FormGrid.named(r -> r.name() + " · " + r.describe()));
        run.setTooltip(FormGrid.tooltip("The training run whose model is saved, exported and used to predict. "
                + "The latest run with a model is chosen for you."));
        Label runLabel = new Label("_Run");
        runLabel.setMnemonicParsing(true);
        runLabel.setLabelFor(run);
        HBox top = new HBox(12, title, runLabel, run);
        top.setAlignment(Pos.CENTER_LEFT);
        setTop(top);

        VBox left = new VBox(14, Sections.titled("Model", "What leaves the application with every save, export "
                + "and prediction.", summaryGrid()), saveSection());
        left.setPadding(new javafx.geometry.Insets(6, 8, 6, 0));
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setMinWidth(360);
        predict = new PredictPane(viewModel.prediction(), files);
        predict.setPadding(new javafx.geometry.Insets(6, 0, 6, 8));
        SplitPane split = new SplitPane(leftScroll, predict);
        split.setDividerPositions(0.46);
        setCenter(split);
    }

    private GridPane summaryGrid() {
        GridPane grid = new GridPane();
        grid.setId("export-summary");
        grid.getStyleClass().add("form-grid");
        summaryRow(grid, 0, "Network", "summary-network", RunSummary::network, "Inputs → hidden layers → outputs, with the loss it was trained with.");
        summaryRow(grid, 1, "Task", "summary-task", RunSummary::task, "What the model predicts and from which column(s).");
        summaryRow(grid, 2, "Outputs", "summary-outputs", RunSummary::outputs, "The name of each network output, in order.");
        summaryRow(grid, 3, "Decision", "summary-decision", RunSummary::decision,
                "How outputs become labels: the threshold of each output (set in the Evaluate step), saved with the model.");
        summaryRow(grid, 4, "Trained on", "summary-data", RunSummary::data,
                "The training file, its rows and the start of its SHA-256 (sha256sum prints the same), recorded in the bundle.");
        summaryRow(grid, 5, "Validation", "summary-metrics", RunSummary::metrics,
                "The model on its held-out rows at the thresholds above, as recorded in the bundle.");
        return grid;
    }

    private void summaryRow(GridPane grid, int row, String name, String id, Function<RunSummary, String> part, String tooltip) {
        Label label = new Label(name);
        label.getStyleClass().add("form-label");
        label.setMinWidth(Label.USE_PREF_SIZE);
        label.setTooltip(FormGrid.tooltip(tooltip));
        Label value = new Label();
        value.setId(id);
        value.setWrapText(true);
        value.textProperty().bind(Bindings.createStringBinding(() -> viewModel.summaryProperty().get() == null ? ""
                : part.apply(viewModel.summaryProperty().get()), viewModel.summaryProperty()));
        value.setTooltip(FormGrid.tooltip(tooltip));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        grid.addRow(row, label, value);
    }

    private VBox saveSection() {
        Button bundle = new Button("Save model _bundle…");
        bundle.setId("save-bundle");
        bundle.setTooltip(FormGrid.tooltip("Save a folder (or a .zip) with model.json, weights.npz and MODEL.md: network, "
                + "preprocessing, thresholds and training record. It predicts bit for bit the same in this app and "
                + "with mlpw predict --model."));
        bundle.disableProperty().bind(viewModel.canWrite().not());
        bundle.setOnAction(e -> saveBundle());
        Label bundleNote = new Label("Everything needed to predict again (with a MODEL.md card): the app, bin/mlpw "
                + "predict, or the Python script in docs/bundle.md.");
        bundleNote.getStyleClass().add("hint");
        bundleNote.setWrapText(true);

        ComboBox<WeightExport.Format> format = new ComboBox<>(FXCollections.observableArrayList(WeightExport.Format.ONNX,
                WeightExport.Format.ONNX_FEATURES, WeightExport.Format.NPZ, WeightExport.Format.JSON));
        format.setId("weights-format");
        format.valueProperty().bindBidirectional(viewModel.weightsFormatProperty());
        format.setConverter(FormGrid.named(ExportTexts::formatTitle));
        format.setTooltip(FormGrid.tooltip("The file format of the weight export; the note below says what each is for."));
        Button weights = new Button("Export _weights…");
        weights.setId("export-weights");
        weights.setTooltip(FormGrid.tooltip("Write the model in the chosen format — the whole model for ONNX Runtime, or "
                + "the network alone for ONNX, NumPy, PyTorch or JSON readers — with its MODEL.md card beside it."));
        weights.disableProperty().bind(viewModel.canWrite().not());
        weights.setOnAction(e -> exportWeights());
        HBox weightsRow = new HBox(8, format, weights);
        weightsRow.setAlignment(Pos.CENTER_LEFT);
        Label formatNote = new Label();
        formatNote.setId("format-note");
        formatNote.getStyleClass().add("hint");
        formatNote.setWrapText(true);
        formatNote.textProperty().bind(Bindings.createStringBinding(() -> viewModel.weightsFormatProperty().get() == null
                ? "" : ExportTexts.formatNote(viewModel.weightsFormatProperty().get()), viewModel.weightsFormatProperty()));

        Label message = new Label();
        message.setId("export-message");
        message.getStyleClass().add("result-line");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        VBox content = new VBox(8, bundle, bundleNote, weightsRow, formatNote, message);
        return Sections.titled("Save and export", "Files are written in the background, completely or not at all.", content);
    }

    /** Asks where to save the selected run's bundle, then saves it. */
    public void saveBundle() {
        if (viewModel.canWrite().get()) {
            files.bundleTarget(viewModel.suggestedName()).ifPresent(viewModel::saveBundle);
        }
    }

    /** Asks for a file in the chosen weight format, then writes it. */
    public void exportWeights() {
        WeightExport.Format format = viewModel.weightsFormatProperty().get();
        if (viewModel.canWrite().get() && format != null) {
            files.weightsFile(format, viewModel.suggestedName()).ifPresent(path -> viewModel.exportWeights(format, path));
        }
    }

    /** Asks for a CSV file to predict. */
    public void choosePredictionInput() {
        predict.chooseInput();
    }
}
