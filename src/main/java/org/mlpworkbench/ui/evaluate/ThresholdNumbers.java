package org.mlpworkbench.ui.evaluate;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import org.mlpworkbench.metrics.MultiLabelScores;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * The numbers of the Threshold tab's side panel at the current threshold: accuracy, precision, recall, F1,
 * balanced accuracy and the expected cost per row (for multi-label models also Hamming loss, exact-match
 * accuracy, micro and macro F1) — and, when a second run is compared, its numbers in a second column at
 * the same threshold(s) with the same costs, under a header naming both runs.
 */
final class ThresholdNumbers extends GridPane {

    private static final String[][] ROWS = {
        {"metric-accuracy", "", "Share of predictions that are right"},
        {"metric-precision", "", "Of the rows predicted positive, the share that are positive"},
        {"metric-recall", "", "Of the actual positives, the share predicted positive"},
        {"metric-f1", "", "Harmonic mean of precision and recall"},
        {"metric-balanced-accuracy", "", "Mean of recall and specificity: accuracy as if both classes were equally common"},
        {"metric-cost", "", "The costs (TP, FP, FN, TN, set below the slider) of the predictions, divided by their number"},
        {"ml-hamming", "Hamming loss", "Hamming loss: share of (row, label) predictions that are wrong (lower is better)"},
        {"ml-exact", "Exact-match accuracy", "Exact-match accuracy: share of rows whose every label is predicted right"},
        {"ml-micro-f1", "Micro F1", "Micro F1: F1 of the counts summed over all labels"},
        {"ml-macro-f1", "Macro F1", "Macro F1: the mean of the labels' F1"}};
    private static final String[] NAMES = {"Accuracy", "Precision", "Recall", "F1", "Balanced accuracy", "Expected cost / row"};

    private final ThresholdExplorer explorer;
    private final CostChoice costs;
    private final CompareChoice compare;
    private final Label[] names;
    private final Label[] values;
    private final Label[] others;
    private final Label first = new Label();
    private final Label second = new Label();

    ThresholdNumbers(ThresholdExplorer explorer, CostChoice costs, CompareChoice compare, String runName) {
        this.explorer = explorer;
        this.costs = costs;
        this.compare = compare;
        getStyleClass().add("form-grid");
        int count = explorer.isMultiLabel() ? ROWS.length : NAMES.length;
        names = new Label[count];
        values = new Label[count];
        others = new Label[count];
        first.setText(runName);
        first.setId("numbers-run");
        second.setId("numbers-compared");
        for (Label header : new Label[] {first, second}) {
            header.getStyleClass().add("section-title");
        }
        addRow(0, new Label(), first, second);
        for (int i = 0; i < count; i++) {
            names[i] = new Label(ROWS[i][1]);
            values[i] = new Label();
            values[i].setId(ROWS[i][0]);
            others[i] = new Label();
            others[i].setId("compare-" + ROWS[i][0]);
            Tooltip tip = new Tooltip(ROWS[i][2]);
            for (Label l : new Label[] {names[i], values[i], others[i]}) {
                l.setTooltip(tip);
            }
            values[i].getStyleClass().add("threshold-metric-value");
            others[i].getStyleClass().add("threshold-metric-value");
            addRow(i + 1, names[i], values[i], others[i]);
        }
    }

    /** Shows the numbers at the explorer's threshold(s), and the compared run's when there is one. */
    void update() {
        boolean pooled = explorer.isMultiLabel() && explorer.modeProperty().get() == ThresholdExplorer.Mode.GLOBAL;
        ThresholdPoint other = compare.pointProperty().get();
        RunRecord otherRun = compare.otherProperty().get();
        boolean comparing = other != null && otherRun != null;
        first.setVisible(comparing);
        first.setManaged(comparing);
        second.setVisible(comparing);
        second.setManaged(comparing);
        second.setText(comparing ? otherRun.name() : "");
        show(values, explorer.pointProperty().get(), explorer.scoresProperty().get());
        MultiLabelScores otherScores = comparing && explorer.isMultiLabel()
                ? compare.scoredProperty().get().multiLabel().at(effective()) : null;
        for (int i = 0; i < names.length; i++) {
            names[i].setText(i < NAMES.length ? NAMES[i] + (pooled ? " (pooled)" : "") : ROWS[i][1]);
            others[i].setVisible(comparing);
            others[i].setManaged(comparing);
        }
        if (comparing) {
            show(others, other, otherScores);
        }
    }

    private double[] effective() {
        return explorer.thresholds().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void show(Label[] into, ThresholdPoint p, MultiLabelScores s) {
        double[] main = {p.accuracy(), p.precision(), p.recall(), p.f1(), p.balancedAccuracy(), costs.valueAt(p)};
        for (int i = 0; i < main.length; i++) {
            into[i].setText(Double.isNaN(main[i]) ? "no costs set" : MetricsText.number(main[i]));
        }
        if (s != null) {
            double[] multi = {s.hammingLoss(), s.subsetAccuracy(), s.microF1(), s.macroF1()};
            for (int i = 0; i < multi.length; i++) {
                into[NAMES.length + i].setText(MetricsText.number(multi[i]));
            }
        }
    }
}
