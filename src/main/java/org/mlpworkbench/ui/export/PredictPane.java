package org.mlpworkbench.ui.export;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mlpworkbench.bundle.PredictionColumns;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.Sections;

/**
 * "Predict a CSV file": input, ID column, layout and output file in a form; Predict and Cancel;
 * progress in rows; the result line; and a table of the first rows written.
 */
final class PredictPane extends VBox {

    private final PredictViewModel viewModel;
    private final ExportFiles files;

    PredictPane(PredictViewModel viewModel, ExportFiles files) {
        super(8);
        this.viewModel = viewModel;
        this.files = files;
        setId("predict-pane");
        FormGrid form = new FormGrid();

        TextField input = pathField("predict-input", viewModel.inputProperty(), "No file chosen");
        Button chooseInput = chooseButton("choose-input", "Choose the CSV file to predict, e.g. Kaggle's test.csv "
                + "(it needs the columns the model was trained on; the target may be absent).", this::chooseInput);
        row(form, "I_nput file", input, chooseInput, "The CSV file whose rows are predicted.");
        Label note = new Label();
        note.setId("predict-input-note");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.textProperty().bind(viewModel.inputNoteProperty());
        form.note(note);

        ComboBox<IdChoice> id = form.choice("_ID column", viewModel.idChoices(), viewModel.idColumnProperty(),
                "Column copied from the input to every output row, so each prediction can be matched to its row "
                        + "(e.g. PassengerId). An identifier-like column is chosen for you; \"none\" copies nothing.");
        id.setId("predict-id");
        id.disableProperty().bind(Bindings.size(viewModel.idChoices()).lessThan(2).or(viewModel.progress().runningProperty()));

        ComboBox<PredictionColumns.Format> layout = form.choice("_Layout",
                FXCollections.observableArrayList(PredictionColumns.Format.values()), viewModel.formatProperty(),
                "Full: the ID, the probability of every output and the predicted label(s). Kaggle submission: the ID "
                        + "and the predicted label only, e.g. PassengerId,Survived with 0/1.");
        layout.setId("predict-format");
        layout.disableProperty().bind(viewModel.progress().runningProperty());
        chooseInput.disableProperty().bind(viewModel.progress().runningProperty());
        layout.setConverter(FormGrid.named(f -> f == PredictionColumns.Format.FULL
                ? "Full: ID, probabilities and labels" : "Kaggle submission: ID and label"));

        TextField output = pathField("predict-output", viewModel.outputProperty(), "No file chosen");
        Button chooseOutput = chooseButton("choose-output", "Choose where the predictions are written (CSV). An existing "
                + "file is replaced only when the run succeeds.", this::chooseOutput);
        chooseOutput.disableProperty().bind(viewModel.progress().runningProperty());
        row(form, "_Output file", output, chooseOutput, "The CSV file the predictions are written to.");

        Button predict = new Button("_Predict");
        predict.setId("predict");
        predict.getStyleClass().add("accent");
        predict.setTooltip(FormGrid.tooltip("Predict every row of the input with the selected run and its thresholds, "
                + "in the background. The file appears only when all rows are written."));
        predict.disableProperty().bind(viewModel.canPredict().not());
        predict.setOnAction(e -> viewModel.predict());
        Button cancel = new Button("Cancel");
        cancel.setId("predict-cancel");
        cancel.setTooltip(FormGrid.tooltip("Stop the prediction (Esc); no output file is left behind."));
        cancel.disableProperty().bind(viewModel.progress().runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        Label blocker = new Label();
        blocker.setId("predict-blocker");
        blocker.getStyleClass().add("hint");
        blocker.setWrapText(true);
        blocker.textProperty().bind(viewModel.blocker());
        HBox buttons = new HBox(8, predict, cancel, blocker);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("predict-progress");
        bar.progressProperty().bind(viewModel.progress().progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setTooltip(FormGrid.tooltip("Share of the input file read and predicted."));
        Label progress = new Label();
        progress.setId("predict-progress-text");
        progress.textProperty().bind(Bindings.createStringBinding(() -> viewModel.progress().runningProperty().get()
                ? viewModel.progress().progressTextProperty().get() : viewModel.progress().resultProperty().get(),
                viewModel.progress().runningProperty(), viewModel.progress().progressTextProperty(), viewModel.progress().resultProperty()));
        progress.setWrapText(true);
        progress.setMinHeight(Label.USE_PREF_SIZE);
        progress.getStyleClass().add("result-line");
        VBox status = new VBox(4, bar, progress);
        TableView<List<String>> preview = previewTable();
        VBox content = new VBox(8, form, buttons, status, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        Node section = Sections.titled("Predict a CSV file", "The selected run's predictions for every row of another "
                + "file, the same as mlpw predict gives.", content);
        VBox.setVgrow(section, Priority.ALWAYS);
        getChildren().add(section);
    }

    private static TextField pathField(String id, javafx.beans.value.ObservableValue<Path> path, String empty) {
        TextField field = new TextField();
        field.setId(id);
        field.setEditable(false);
        field.setFocusTraversable(false);
        field.setPromptText(empty);
        field.textProperty().bind(Bindings.createStringBinding(() -> path.getValue() == null ? "" : path.getValue().toString(), path));
        field.tooltipProperty().bind(Bindings.createObjectBinding(() -> FormGrid.tooltip(path.getValue() == null ? empty
                : path.getValue().toString()), path));
        return field;
    }

    private static Button chooseButton(String id, String tooltip, Runnable action) {
        Button button = new Button("Choose…");
        button.setId(id);
        button.setTooltip(FormGrid.tooltip(tooltip));
        button.setOnAction(e -> action.run());
        button.setMinWidth(Button.USE_PREF_SIZE);
        return button;
    }

    private static void row(FormGrid form, String label, TextField field, Button button, String tooltip) {
        HBox box = new HBox(6, field, button);
        HBox.setHgrow(field, Priority.ALWAYS);
        form.add(label, box, FormGrid.tooltip(tooltip));
        ((Label) form.getChildren().get(form.getChildren().size() - 2)).setLabelFor(button);
    }

    private TableView<List<String>> previewTable() {
        TableView<List<String>> table = new TableView<>();
        table.setId("predict-preview");
        table.setPlaceholder(new Label("The first rows written appear here after a prediction."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setTooltip(FormGrid.tooltip("The first " + PredictJob.PREVIEW_ROWS + " rows of the file written, as written."));
        table.setMinHeight(120);
        viewModel.progress().previewProperty().addListener((obs, old, preview) -> {
            table.getColumns().clear();
            if (preview == null) {
                table.getItems().clear();
                return;
            }
            for (int c = 0; c < preview.header().size(); c++) {
                int index = c;
                TableColumn<List<String>, String> column = new TableColumn<>(preview.header().get(c));
                column.setSortable(false);
                column.setMinWidth(Math.min(240, 8.0 * preview.header().get(c).length() + 24));
                column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(index < cd.getValue().size() ? cd.getValue().get(index) : ""));
                table.getColumns().add(column);
            }
            table.getItems().setAll(preview.rows());
        });
        return table;
    }

    /** Asks for the input file, then reads its columns. */
    void chooseInput() {
        files.inputCsv().ifPresent(viewModel::chooseInput);
    }

    private void chooseOutput() {
        Path suggested = viewModel.outputProperty().get() != null ? viewModel.outputProperty().get()
                : Path.of(viewModel.formatProperty().get() == PredictionColumns.Format.KAGGLE ? "submission.csv" : "predictions.csv");
        files.predictionsFile(suggested).ifPresent(viewModel::setOutput);
    }
}
