package org.mlpworkbench.ui.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mlpworkbench.metrics.ClassScores;
import org.mlpworkbench.ui.component.FormGrid;
import org.mlpworkbench.ui.component.ImageExport;
import org.mlpworkbench.ui.component.PinnedHeaders;
import org.mlpworkbench.ui.component.Sections;

/**
 * A multi-class model's confusion matrix as a heat-map grid — true class on rows, predicted class on
 * columns, counts in the cells, each cell shaded by its share of the row so that a small class's
 * errors show as clearly as a large one's — beside a table of precision, recall, F1 and support per
 * class, with accuracy, macro F1 and log loss above. The grid scrolls when there are many classes, its
 * class names staying in view ({@link PinnedHeaders}).
 */
public final class ConfusionPane extends VBox {

    private static final double CELL_WIDTH = 64;
    private static final double CELL_HEIGHT = 30;
    /** Column headers wider than this are cut short (the tooltip has the whole name). */
    private static final double MAX_HEADER_WIDTH = 130;
    private final ConfusionReport report;
    private final Label corner = new Label("true ↓  predicted →");
    private final List<Node> columnHeaders = new ArrayList<>();
    private final List<Node> rowHeaders = new ArrayList<>();
    private final EvaluationData data;
    private final CellRowsLister rows;
    private final Supplier<Window> owner;

    /** Shows {@code scored}'s confusion report, computed with the evaluation on the worker thread. */
    public ConfusionPane(Scored scored, Supplier<Window> owner) {
        this(scored, null, owner);
    }

    /** As {@link #ConfusionPane(Scored, Supplier)}; clicking a cell lists its rows through {@code rows} (null: no listing). */
    public ConfusionPane(Scored scored, CellRowsLister rows, Supplier<Window> owner) {
        super(8);
        this.report = scored.confusion();
        EvaluationData data = scored.data();
        this.data = data;
        this.rows = rows != null && CellRowsLister.canList(data) ? rows : null;
        this.owner = owner;
        setId("confusion-pane");
        getStyleClass().add("evaluation-pane");
        MetricStrip strip = new MetricStrip("copy-confusion-metrics", report::metricsText);
        strip.add("accuracy", "Accuracy", "Share of rows whose most probable class is the true one.")
                .setText(MetricFormat.shown(report.accuracy()));
        strip.add("macro-f1", "Macro F1", "F1 of each class, averaged with equal weight per class: "
                + "a rare class counts as much as a common one.").setText(MetricFormat.shown(report.macroF1()));
        strip.add("log-loss", "Log loss", "Mean negative log of the probability given to the true class "
                + "(lower is better; it punishes confident mistakes).").setText(MetricFormat.shown(report.logLoss()));
        strip.add("confusion-rows", "Rows", "Rows evaluated: " + data.source() + ".")
                .setText(Integer.toString(report.rows()));

        GridPane grid = grid();
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("confusion-scroll");
        scroll.setFitToWidth(false);
        PinnedHeaders pinned = PinnedHeaders.install(scroll, grid, corner, columnHeaders, rowHeaders);
        ImageExport.install(grid, () -> pinned.unpinned(() -> grid.snapshot(null, null)), () -> "confusion-matrix",
                owner);
        VBox matrix = Sections.titled("Confusion matrix", "Rows: true class · columns: predicted · shading: share "
                + "of the row · right-click to save as PNG.", scroll);
        VBox classes = Sections.titled("Per class", "One class against the rest.", table());
        SplitPane split = new SplitPane(matrix, classes);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(strip, split);
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setId("confusion-grid");
        grid.getStyleClass().add("confusion-grid");
        corner.getStyleClass().addAll("confusion-header", "confusion-corner");
        grid.add(corner, 0, 0);
        int k = report.size();
        for (int c = 0; c < k; c++) {
            Label head = header(report.classes().get(c), "Predicted " + report.classes().get(c));
            head.setMinWidth(CELL_WIDTH);
            head.setMaxWidth(MAX_HEADER_WIDTH);
            head.setAlignment(Pos.CENTER);
            head.setMaxHeight(Double.MAX_VALUE);
            columnHeaders.add(head);
            grid.add(head, c + 1, 0);
        }
        for (int a = 0; a < k; a++) {
            Label head = header(report.classes().get(a), "True class " + report.classes().get(a)
                    + ": " + report.rowTotal(a) + " rows");
            head.setAlignment(Pos.CENTER_RIGHT);
            head.setMaxWidth(Double.MAX_VALUE);
            rowHeaders.add(head);
            grid.add(head, 0, a + 1);
            for (int p = 0; p < k; p++) {
                grid.add(cell(a, p), p + 1, a + 1);
            }
        }
        return grid;
    }

    private static Label header(String text, String tooltip) {
        Label l = new Label(text);
        l.getStyleClass().add("confusion-header");
        l.setTooltip(FormGrid.tooltip(tooltip));
        l.setMinHeight(CELL_HEIGHT);
        return l;
    }

    private Label cell(int actual, int predicted) {
        long count = report.count(actual, predicted);
        double share = report.rowShare(actual, predicted);
        Label l = new Label(Long.toString(count));
        l.setId("confusion-cell-" + actual + "-" + predicted);
        l.getStyleClass().add("confusion-cell");
        if (actual == predicted) {
            l.getStyleClass().add("confusion-diagonal");
        }
        if (share > 0.5) {
            l.getStyleClass().add("confusion-strong");
        }
        l.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.3f);",
                actual == predicted ? "47, 125, 200" : "224, 123, 0", count == 0 ? 0 : 0.08 + 0.82 * share));
        l.setMinSize(CELL_WIDTH, CELL_HEIGHT);
        l.setPrefSize(CELL_WIDTH, CELL_HEIGHT);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        l.setTooltip(FormGrid.tooltip(String.format(Locale.ROOT, "True %s, predicted %s: %d rows (%.1f%% of %s)%s",
                report.classes().get(actual), report.classes().get(predicted), count, 100 * share,
                report.classes().get(actual), rows == null ? "" : ". Click to list these rows.")));
        if (rows != null) {
            l.setCursor(javafx.scene.Cursor.HAND);
            String title = "true " + report.classes().get(actual) + ", predicted " + report.classes().get(predicted)
                    + " · " + data.source();
            l.setOnMouseClicked(e -> rows.list(data, actual, predicted, title,
                    (name, listed) -> CellRowsWindow.show(name, listed, rows, owner)));
        }
        return l;
    }

    private TableView<ClassScores> table() {
        TableView<ClassScores> table = new TableView<>();
        table.setId("class-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<ClassScores, String> name = new TableColumn<>("Class");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(report.classes().get(c.getValue().classIndex())));
        table.getColumns().add(name);
        table.getColumns().add(number("Precision", "precision", ClassScores::precision));
        table.getColumns().add(number("Recall", "recall", ClassScores::recall));
        table.getColumns().add(number("F1", "f1", ClassScores::f1));
        TableColumn<ClassScores, String> support = new TableColumn<>("Support");
        support.setId("support");
        support.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Long.toString(c.getValue().support())));
        support.setStyle("-fx-alignment: center-right;");
        table.getColumns().add(support);
        table.getItems().setAll(report.perClass());
        return table;
    }

    private static TableColumn<ClassScores, String> number(String title, String id,
                                                           java.util.function.ToDoubleFunction<ClassScores> value) {
        TableColumn<ClassScores, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(MetricFormat.shown(value.applyAsDouble(c.getValue()))));
        column.setStyle("-fx-alignment: center-right;");
        return column;
    }
}
