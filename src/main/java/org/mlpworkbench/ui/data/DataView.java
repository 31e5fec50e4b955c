package org.mlpworkbench.ui.data;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.ui.component.Sections;
import org.mlpworkbench.ui.session.SampleFiles;

/**
 * The Data step: a header naming the file and how it was read, a banner while a file loads (with
 * Cancel), the reader's warnings, and side by side the column list and the virtualised rows.
 * Before any load it shows the {@link WelcomePane}.
 */
public final class DataView extends BorderPane {

    private final DataViewModel viewModel;
    private final TablePreview preview = new TablePreview();

    /**
     * @param chooseFile opens the file chooser (the File › Open action)
     * @param owner      the window that owns dialogs
     * @param samples    the sample datasets (may be empty)
     * @param openSample opens a sample (and goes on to the Prepare step once it has loaded)
     * @param openRecent opens a file of the welcome page's recent list (which may also hold projects)
     */
    public DataView(DataViewModel viewModel, Runnable chooseFile, Supplier<Window> owner,
            List<SampleFiles.Sample> samples, Consumer<SampleFiles.Sample> openSample, Consumer<Path> openRecent) {
        this.viewModel = viewModel;
        setId("data-view");
        getStyleClass().add("page");

        setTop(new VBox(8, header(chooseFile, samples, openSample), loadingBanner(), warningsBanner()));

        ColumnList columns = new ColumnList(viewModel.columns(), viewModel::retype);
        VBox left = Sections.titled("Columns", "Types are inferred from the values; change one by clicking it.", columns);
        VBox right = Sections.titled("Rows", "Every row is shown; scroll freely (cells are drawn on demand).", preview);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);
        left.setMinWidth(380);
        preview.show(viewModel.shownTableProperty().get());
        viewModel.shownTableProperty().addListener((obs, old, table) -> preview.show(table));

        WelcomePane welcome = new WelcomePane(chooseFile, samples, openSample, viewModel.recentFiles(), openRecent);
        StackPane centre = new StackPane(welcome, split);
        split.visibleProperty().bind(viewModel.shownTableProperty().isNotNull());
        welcome.visibleProperty().bind(split.visibleProperty().not());
        setCenter(centre);
    }

    private HBox header(Runnable chooseFile, List<SampleFiles.Sample> samples,
            Consumer<SampleFiles.Sample> openSample) {
        Label title = new Label();
        title.getStyleClass().add("page-title");
        title.setId("data-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.data() == null ? "Data"
                : viewModel.data().name(), viewModel.dataProperty()));
        Label subtitle = new Label();
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.setId("data-subtitle");
        subtitle.textProperty().bind(viewModel.descriptionProperty());
        VBox titles = new VBox(2, title, subtitle);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open…");
        open.setTooltip(new Tooltip("Open another CSV file (Ctrl+O). The current one stays until the new one has loaded."));
        open.setOnAction(e -> chooseFile.run());
        HBox box = new HBox(8, titles, spacer, open);
        if (!samples.isEmpty()) {
            MenuButton sampleButton = new MenuButton("Samples");
            sampleButton.setTooltip(new Tooltip("Open one of the bundled sample datasets"));
            sampleButton.getItems().setAll(SampleItems.of(samples, openSample));
            box.getChildren().add(sampleButton);
        }
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private HBox loadingBanner() {
        Label text = new Label();
        text.textProperty().bind(viewModel.monitor().messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(220);
        bar.progressProperty().bind(viewModel.monitor().progressProperty());
        Button cancel = new Button("_Cancel loading");
        cancel.setId("cancel-load");
        cancel.setTooltip(new Tooltip("Stop reading this file (Esc); the data already loaded stays as it was."));
        cancel.setOnAction(e -> viewModel.cancelLoad());
        HBox banner = new HBox(10, bar, text, cancel);
        banner.getStyleClass().add("banner");
        banner.setId("loading-banner");
        banner.visibleProperty().bind(viewModel.loadingProperty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private HBox warningsBanner() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", viewModel.warnings()),
                viewModel.warnings()));
        HBox banner = new HBox(10, new Label("⚠"), text);
        banner.getStyleClass().addAll("banner", "banner-warning");
        banner.setId("warnings-banner");
        banner.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** Opens {@code file}; used by drag-and-drop and the menus. */
    public void open(Path file) {
        viewModel.open(file);
    }
}
