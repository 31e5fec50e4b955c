package org.mlpworkbench.ui.prepare;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.prep.TargetEncoding;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;

/**
 * State and commands of the Prepare step. Every change of a choice (targets, task, positive class,
 * a column's drop box, encoding or missing-value handling) starts one background {@link PrepareJob}
 * (replacing any still running) that refits the recipe; its result updates the summary, the feature
 * preview and the session's {@link Preparation}, which enables the Train step. Choosing other targets
 * starts again from the default recipe; a column's choice survives re-typing in the Data step when its
 * type did not change.
 */
public final class PrepareViewModel {

    private final WorkbenchModel model;
    private final PrepareRunner runner;
    private final ObservableList<String> columnNames = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Task> taskChoice = new SimpleObjectProperty<>(this, "taskChoice");
    private final ObservableList<String> positiveOptions = FXCollections.observableArrayList();
    private final ObjectProperty<String> positiveClass = new SimpleObjectProperty<>(this, "positiveClass");
    private final ColumnPlans plans = new ColumnPlans(this::refit);
    private final PrepareOutcome outcome = new PrepareOutcome();
    private DataSet data;
    private boolean updating;
    /** Regression targets standardized for training (the default); a project may carry another choice. */
    private boolean standardizeTargets = true;

    public PrepareViewModel(WorkbenchModel model, BackgroundTasks tasks) {
        this.model = model;
        this.runner = new PrepareRunner(tasks);
        targets.addListener((ListChangeListener<String>) c -> {
            if (!updating) {
                updating = true;
                positiveClass.set(null);
                updating = false;
                startFromDefaults(Map.of());
            }
        });
        taskChoice.addListener(obs -> refit());
        positiveClass.addListener(obs -> refit());
        model.dataProperty().addListener((obs, old, now) -> dataChanged(now));
        dataChanged(model.data());
    }

    private void dataChanged(DataSet now) {
        boolean sameFile = data != null && now != null && data.file().equals(now.file());
        data = now;
        if (!sameFile) {
            standardizeTargets = true;
        }
        model.setPreparation(null);
        if (now == null) {
            runner.cancel();
            updating = true;
            columnNames.clear();
            targets.clear();
            updating = false;
            plans.clear();
            return;
        }
        Table table = now.table();
        List<String> keep = sameFile && !targets.isEmpty() && targets.stream().allMatch(t -> table.find(t).isPresent())
                ? List.copyOf(targets) : Recipe.guessTargets(table);
        Map<String, ColumnPlan> previous = sameFile ? plans.byName() : Map.of();
        updating = true;
        if (!sameFile) {
            taskChoice.set(null);
            positiveClass.set(null);
        }
        columnNames.setAll(table.columnNames());
        targets.setAll(keep);
        updating = false;
        startFromDefaults(previous);
    }

    private void startFromDefaults(Map<String, ColumnPlan> keepChoices) {
        if (data == null) {
            return;
        }
        withDefaults(keepChoices, () -> { }, result -> {
            if (taskChoice.get() != null || positiveClass.get() != null) {
                refit();
            } else {
                show(result);
            }
        });
    }

    /** Refits with the current choices. */
    private void refit() {
        if (updating) {
            return;
        }
        Recipe recipe = choices();
        if (recipe != null) {
            run(new PrepareJob(data.table(), targets, recipe), () -> { }, this::show);
        }
    }

    /**
     * The user's current choices as a recipe (what the next refit fits), also while they cannot be
     * fitted; null when no data is loaded, no target is chosen, or the column plans are not built yet.
     */
    public Recipe choices() {
        if (data == null || targets.isEmpty() || plans.list().isEmpty() && data.table().columnCount() > targets.size()) {
            return null;
        }
        return new Recipe(targets, taskChoice.get(), positiveClass.get(), plans.steps(), null, standardizeTargets);
    }

    /**
     * Takes a whole recipe (a project being opened): its targets, forced task, positive class and the
     * step of every column (a column without a step is dropped; a step the column's type does not offer
     * keeps the default), then refits once and runs {@code whenPrepared} on the UI thread when that fit
     * has ended, whether or not it succeeded.
     *
     * @throws IllegalStateException when no data is loaded
     */
    public void apply(Recipe recipe, Runnable whenPrepared) {
        if (data == null) {
            throw new IllegalStateException("load the data before applying a recipe");
        }
        updating = true;
        standardizeTargets = recipe.standardizeTargets();
        targets.setAll(recipe.targets().stream().filter(t -> data.table().find(t).isPresent()).toList());
        taskChoice.set(recipe.task());
        positiveClass.set(recipe.positiveClass());
        updating = false;
        withDefaults(Map.of(), whenPrepared, defaults -> {
            if (defaults.defaults() != null) {
                plans.choose(recipe);
            }
            Recipe chosen = choices();
            if (chosen == null) {
                show(defaults);
                whenPrepared.run();
                return;
            }
            run(new PrepareJob(data.table(), targets, chosen), whenPrepared, fitted -> {
                show(fitted);
                whenPrepared.run();
            });
        });
    }

    /** Fits the default recipe for the targets, rebuilds the column plans from it, then hands the result to {@code then}. */
    private void withDefaults(Map<String, ColumnPlan> keepChoices, Runnable otherwise, Consumer<PrepareJob.Result> then) {
        run(new PrepareJob(data.table(), targets, null), otherwise, result -> {
            if (result.defaults() != null) {
                plans.reset(data.table(), targets, result.defaults().recipe(), result.defaults().reasons(), keepChoices);
            }
            then.accept(result);
        });
    }

    private void run(PrepareJob prepareJob, Runnable otherwise, Consumer<PrepareJob.Result> then) {
        DataSet forData = data;
        runner.run(prepareJob, () -> forData == data, otherwise, then);
    }

    private void show(PrepareJob.Result result) {
        if (result.problem() != null) {
            outcome.failed(result, taskChoice.get());
            model.setPreparation(null);
            return;
        }
        var fitted = result.fitted();
        outcome.fitted(result);
        updating = true;
        if (fitted.target() instanceof TargetEncoding.Binary b) {
            positiveOptions.setAll(b.negative(), b.positive());
            positiveClass.set(b.positive());
        } else {
            positiveOptions.clear();
            positiveClass.set(null);
        }
        updating = false;
        model.setPreparation(new Preparation(data, result.recipe(), fitted));
    }

    /** What the last fit shows: task, summary, feature preview, or why the choices cannot be fitted. */
    public PrepareOutcome outcome() {
        return outcome;
    }

    /** Every column of the data, for the target picker. */
    public ObservableList<String> columnNames() {
        return columnNames;
    }

    /** The chosen target columns; changing them starts again from the default recipe. */
    public ObservableList<String> targets() {
        return targets;
    }

    /** The task forced by the user, or null for the inferred one. */
    public ObjectProperty<Task> taskChoiceProperty() {
        return taskChoice;
    }

    /** The two values of a binary target (empty for other tasks). */
    public ObservableList<String> positiveOptions() {
        return positiveOptions;
    }

    /** Which value of a binary target counts as positive (predicted as 1). */
    public ObjectProperty<String> positiveClassProperty() {
        return positiveClass;
    }

    /** One plan per input column (every column but the targets), in table order. */
    public ObservableList<ColumnPlan> plans() {
        return plans.list();
    }

    /** True while a preparation job runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }
}
