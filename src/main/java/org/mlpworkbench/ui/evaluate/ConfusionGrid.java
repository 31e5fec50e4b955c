package org.mlpworkbench.ui.evaluate;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mlpworkbench.metrics.ThresholdPoint;

/**
 * The 2×2 confusion matrix at the current threshold: rows are the actual class, columns the predicted
 * one, positive first; each cell shows its count and its share of the actual class (row %), so the
 * positive row reads as recall / miss rate and the negative row as false-alarm rate / specificity.
 */
final class ConfusionGrid extends GridPane {

    private final Label positiveRow = header("");
    private final Label negativeRow = header("");
    private final Label positiveColumn = header("");
    private final Label negativeColumn = header("");
    private final Label[] counts = new Label[4];
    private final Label[] shares = new Label[4];
    private java.util.function.BiConsumer<Boolean, Boolean> onCell;

    ConfusionGrid() {
        setId("threshold-confusion");
        getStyleClass().add("threshold-confusion-grid");
        setHgap(4);
        setVgap(4);
        Label corner = header("predicted →\nactual ↓");
        corner.setWrapText(false);
        corner.setMinWidth(Region.USE_PREF_SIZE);
        add(corner, 0, 0);
        add(positiveColumn, 1, 0);
        add(negativeColumn, 2, 0);
        add(positiveRow, 0, 1);
        add(negativeRow, 0, 2);
        String[] ids = {"tp", "fn", "fp", "tn"};
        String[] tips = {"True positives: positive rows predicted positive (share of all actual positives = recall)",
            "False negatives: positive rows predicted negative, i.e. missed (share of actual positives)",
            "False positives: negative rows predicted positive, i.e. false alarms (share of actual negatives = FPR)",
            "True negatives: negative rows predicted negative (share of actual negatives = specificity)"};
        for (int i = 0; i < 4; i++) {
            counts[i] = new Label();
            counts[i].setId("cm-" + ids[i]);
            counts[i].getStyleClass().add("threshold-confusion-count");
            shares[i] = new Label();
            shares[i].setId("cm-" + ids[i] + "-share");
            shares[i].getStyleClass().add("hint");
            Label name = new Label(ids[i].toUpperCase(java.util.Locale.ROOT));
            name.getStyleClass().add("hint");
            VBox cell = new VBox(0, name, counts[i], shares[i]);
            cell.setAlignment(Pos.CENTER);
            cell.getStyleClass().addAll("threshold-confusion-cell", i == 0 || i == 3 ? "threshold-confusion-right" : "threshold-confusion-wrong");
            cell.setMinWidth(86);
            cell.setId("cm-cell-" + ids[i]);
            boolean actual = i < 2;
            boolean predicted = i % 2 == 0;
            cell.setOnMouseClicked(e -> {
                if (onCell != null) {
                    onCell.accept(actual, predicted);
                }
            });
            Tooltip.install(cell, new Tooltip(tips[i] + ". Click to list these rows."));
            add(cell, 1 + i % 2, 1 + i / 2);
        }
    }

    /** What a click on a cell does, given its actual and predicted class (true = positive); null for nothing. */
    void setOnCell(java.util.function.BiConsumer<Boolean, Boolean> action) {
        onCell = action;
        for (javafx.scene.Node n : getChildren()) {
            if (n.getId() != null && n.getId().startsWith("cm-cell-")) {
                n.setCursor(action == null ? javafx.scene.Cursor.DEFAULT : javafx.scene.Cursor.HAND);
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("threshold-confusion-header");
        l.setWrapText(true);
        l.setMaxWidth(120);
        GridPane.setHalignment(l, HPos.CENTER);
        return l;
    }

    /** Shows the counts of {@code p}, with {@code positive} the positive class's name, e.g. "Survived=1". */
    void show(ThresholdPoint p, String positive) {
        positiveColumn.setText(positive);
        negativeColumn.setText("not " + positive);
        positiveRow.setText(positive);
        negativeRow.setText("not " + positive);
        long[] values = {p.tp(), p.fn(), p.fp(), p.tn()};
        long[] rowTotals = {p.positives(), p.positives(), p.negatives(), p.negatives()};
        for (int i = 0; i < 4; i++) {
            counts[i].setText(Long.toString(values[i]));
            shares[i].setText(MetricsText.percent(values[i], rowTotals[i]));
        }
    }
}
