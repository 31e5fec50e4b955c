package org.mlpworkbench.ui.tune;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.mlpworkbench.ui.component.Field;
import org.mlpworkbench.ui.component.FormGrid;

/**
 * The Tune step's form: the search space, then the budget, folds and seed; every field with a tooltip, its error
 * under it, and the space's defaults for the data size filled in when a target is chosen.
 */
final class TuneFormView extends FormGrid {

    TuneFormView(TuneForm form) {
        setId("tune-form");
        section("Search space");
        text("_Hidden layers:", form.hidden, "The network shapes to try, separated by semicolons; the widths of one "
                + "shape by commas: 64; 128; 128,64 tries one layer of 64 or 128 units, or two layers of 128 and 64.")
                .setId("tune-hidden");
        text("_Activations:", form.activations, "Hidden-layer activations to try, separated by commas: relu, "
                + "leaky-relu, tanh, sigmoid, gelu, elu.").setId("tune-activations");
        range("_Dropout:", form.dropoutMin, form.dropoutMax, "Dropout after each hidden layer, drawn uniformly "
                + "between the two values (0 to 0.95).", "tune-dropout");
        range("_Weight decay:", form.decayMin, form.decayMax, "AdamW's decoupled weight decay, drawn on a log "
                + "scale between the two values (both > 0). Only AdamW trials use it.", "tune-decay");
        check("", "Also try no decay", form.decayZero, "Draw a decay of exactly 0 half of the time, so no decay "
                + "competes with the whole range.").setId("tune-decay-zero");
        range("_Learning rate:", form.rateMin, form.rateMax, "The learning rate, drawn on a log scale between the "
                + "two values: 1e-4 is as likely as 1e-3.", "tune-rate");
        text("_Batch sizes:", form.batchSizes, "Batch sizes to try, separated by commas, e.g. 32, 64, 128.")
                .setId("tune-batches");
        text("_Optimizers:", form.optimizers, "Optimizers to try, separated by commas: adamw (Adam with "
                + "decoupled decay; with decay 0 it is Adam), adam, sgd (with momentum 0.9).").setId("tune-optimizers");
        section("Budget");
        text("_Minutes:", form.minutes, "No trial starts after this many minutes (0: no time limit). The trials "
                + "running then finish first; time spent paused counts.").setId("tune-minutes");
        text("T_rials:", form.trials, "Run at most this many trials (0: no limit). With neither a time nor a "
                + "trial limit one round of successive halving runs.").setId("tune-trials");
        text("_Configurations:", form.configurations, "Configurations drawn per round: 9 gives rungs of 9, 3 and "
                + "1 trials, each rung keeping the best third and training it three times as long.")
                .setId("tune-configurations");
        text("_Epochs (last rung):", form.maxEpochs, "Epochs of the last rung; the rungs below train a third, a "
                + "ninth, … as long.").setId("tune-epochs");
        text("_Folds:", form.folds, "Cross-validation folds each trial is scored on (2 to 20). Files of more "
                + "than 20,000 rows are scored on one split holding out 20 % instead.").setId("tune-folds");
        text("See_d:", form.seed, "Fixes the configurations drawn, the folds and every trial's initial weights: "
                + "the same seed gives the same trials.").setId("tune-seed");
        Label problem = new Label();
        problem.setId("tune-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(form.problem());
        problem.visibleProperty().bind(form.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        add(problem, 0, getRowCount(), 2, 1);
    }

    private void range(String label, Field<Double> min, Field<Double> max, String tooltip, String id) {
        TextField to = new TextField();
        to.setId(id + "-max");
        to.setPrefColumnCount(6);
        to.textProperty().bindBidirectional(max.textProperty());
        to.setTooltip(FormGrid.tooltip(tooltip));
        max.errorProperty().addListener((obs, old, now) -> mark(to, !now.isEmpty()));
        text(label, min, tooltip, to).setId(id + "-min");
    }
}
