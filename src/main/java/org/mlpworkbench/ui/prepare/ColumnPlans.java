package org.mlpworkbench.ui.prepare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.Recipe;

/**
 * The Prepare step's plan for every input column (every column but the targets), in table order: built from
 * the default recipe with its reasons, keeping the user's earlier choices for columns of the same type, and
 * watched so that any change of a drop, encoding or missing-value choice calls {@code changed}.
 */
final class ColumnPlans {

    private final ObservableList<ColumnPlan> plans = FXCollections.observableArrayList();
    private final InvalidationListener listener;

    ColumnPlans(Runnable changed) {
        this.listener = obs -> changed.run();
    }

    /** Plans from {@code defaults} for {@code table}'s input columns, keeping {@code keepChoices} where the type still fits. */
    void reset(Table table, List<String> targets, Recipe defaults, Map<String, String> reasons,
               Map<String, ColumnPlan> keepChoices) {
        plans.forEach(this::unlisten);
        List<ColumnPlan> next = new ArrayList<>();
        for (String name : table.columnNames()) {
            if (targets.contains(name)) {
                continue;
            }
            ColumnPlan plan = new ColumnPlan(table.column(name), defaults.step(name), reasons.get(name));
            ColumnPlan old = keepChoices.get(name);
            if (old != null && old.type() == plan.type()) {
                plan.dropProperty().set(old.dropProperty().get());
                plan.handlingProperty().set(old.handlingProperty().get());
                plan.missingProperty().set(old.missingProperty().get());
            }
            next.add(plan);
        }
        plans.setAll(next);
        plans.forEach(this::listen);
    }

    /** Gives every column the step {@code recipe} has for it (none: dropped), without calling {@code changed}. */
    void choose(Recipe recipe) {
        plans.forEach(this::unlisten);
        plans.forEach(p -> p.choose(recipe.step(p.name())));
        plans.forEach(this::listen);
    }

    /** The step of every column that is not dropped, in table order. */
    Map<String, ColumnStep> steps() {
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        for (ColumnPlan p : plans) {
            ColumnStep step = p.step();
            if (!(step instanceof ColumnStep.Drop)) {
                steps.put(p.name(), step);
            }
        }
        return steps;
    }

    /** The plans by column name (to keep the user's choices across a reload of the same file). */
    Map<String, ColumnPlan> byName() {
        Map<String, ColumnPlan> byName = new LinkedHashMap<>();
        plans.forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    void clear() {
        plans.forEach(this::unlisten);
        plans.clear();
    }

    ObservableList<ColumnPlan> list() {
        return plans;
    }

    private void listen(ColumnPlan p) {
        p.dropProperty().addListener(listener);
        p.handlingProperty().addListener(listener);
        p.missingProperty().addListener(listener);
    }

    private void unlisten(ColumnPlan p) {
        p.dropProperty().removeListener(listener);
        p.handlingProperty().removeListener(listener);
        p.missingProperty().removeListener(listener);
    }
}
