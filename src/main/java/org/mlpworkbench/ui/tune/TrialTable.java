package org.mlpworkbench.ui.tune;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.mlpworkbench.tune.SearchSpaceJson;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.ui.component.ParallelModel;

/**
 * The live table of trials: number, round, rung, epochs, every parameter, the score and the time, sortable by any
 * column (numbers sort as numbers); the best trial's row is marked, and the selected row is the trial "Train with
 * these settings" uses.
 */
final class TrialTable extends TableView<Trial> {

    TrialTable(TrialHistory history) {
        setId("trial-table");
        SortedList<Trial> sorted = new SortedList<>(history.trials());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("Start a search: each finished trial appears here."));
        getColumns().add(column("#", Trial::number, String::valueOf, 40));
        getColumns().add(column("round", Trial::bracket, String::valueOf, 50));
        getColumns().add(column("rung", Trial::rung, String::valueOf, 44));
        getColumns().add(column("epochs", Trial::epochs, String::valueOf, 54));
        getColumns().add(column("layers", t -> TuneTexts.widths(t.parameters().hidden()), s -> s, 70));
        getColumns().add(column("act.", t -> SearchSpaceJson.name(t.parameters().activation()), s -> s, 70));
        getColumns().add(column("dropout", t -> t.parameters().dropout(), v -> format("%.3f", v), 58));
        getColumns().add(column("decay", t -> t.parameters().weightDecay(), ParallelModel.Axis::label, 62));
        getColumns().add(column("rate", t -> t.parameters().learningRate(), ParallelModel.Axis::label, 80));
        getColumns().add(column("batch", t -> t.parameters().batchSize(), String::valueOf, 48));
        getColumns().add(column("opt.", t -> SearchSpaceJson.name(t.parameters().optimizer()), s -> s, 64));
        TableColumn<Trial, Double> score = column("score", Trial::score,
                v -> v.isNaN() ? "failed" : format("%.4f", v), 64);
        score.textProperty().bind(history.metricProperty().map(m -> m.isEmpty() ? "score" : m.replace('_', ' ')));
        getColumns().add(score);
        getColumns().add(column("seconds", Trial::seconds, v -> format("%.1f", v), 58));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> history.selectedProperty().set(now));
        history.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != now) {
                getSelectionModel().select(now);
            }
        });
        setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Trial trial, boolean empty) {
                super.updateItem(trial, empty);
                Trial best = history.best();
                getStyleClass().remove("best-trial");
                if (!empty && trial != null && best != null && best.number() == trial.number()) {
                    getStyleClass().add("best-trial");
                }
            }
        });
        history.trials().addListener((javafx.collections.ListChangeListener<Trial>) c -> refresh());
    }

    private static String format(String pattern, double value) {
        return String.format(Locale.ROOT, pattern, value);
    }

    private static <T extends Comparable<T>> TableColumn<Trial, T> column(String title, Function<Trial, T> value,
                                                                        Function<T, String> text, double width) {
        TableColumn<Trial, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        column.setPrefWidth(width);
        return column;
    }
}
