package org.mlpworkbench.ui.prepare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.prep.TargetEncoding;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

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
    private final BackgroundTasks tasks;
    private final ObservableList<String> columnNames = FXCollections.observableArrayList();
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Task> taskChoice = new SimpleObjectProperty<>(this, "taskChoice");
    private final ReadOnlyObjectWrapper<Task> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper taskReason = new ReadOnlyStringWrapper(this, "taskReason", "");
    private final ObservableList<String> positiveOptions = FXCollections.observableArrayList();
    private final ObjectProperty<String> positiveClass = new SimpleObjectProperty<>(this, "positiveClass");
    private final ObservableList<ColumnPlan> plans = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<FeaturePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final InvalidationListener planListener = obs -> refit();
    private DataSet data;
    private final LatestJob preparing = new LatestJob();
    private boolean updating;
    /** Regression targets standardized for training (the default); a project may carry another choice. */
    private boolean standardizeTargets = true;

    public PrepareViewModel(WorkbenchModel model, BackgroundTasks tasks) {
        this.model = model;
        this.tasks = tasks;
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
            preparing.cancel();
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
        Map<String, ColumnPlan> previous = new HashMap<>();
        updating = true;
        if (sameFile) {
            plans.forEach(p -> previous.put(p.name(), p));
        } else {
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
        run(new PrepareJob(data.table(), targets, null), result -> {
            if (result.defaults() != null) {
                setPlans(result.defaults().recipe(), result.defaults().reasons(), keepChoices);
            }
            if (taskChoice.get() != null || positiveClass.get() != null) {
                refit();
            } else {
                show(result);
            }
        });
    }

    private void setPlans(Recipe defaults, Map<String, String> reasons, Map<String, ColumnPlan> keepChoices) {
        plans.forEach(this::unlisten);
        List<ColumnPlan> next = new ArrayList<>();
        for (String name : data.table().columnNames()) {
            if (targets.contains(name)) {
                continue;
            }
            ColumnPlan plan = new ColumnPlan(data.table().column(name), defaults.step(name), reasons.get(name));
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

    private void listen(ColumnPlan p) {
        p.dropProperty().addListener(planListener);
        p.handlingProperty().addListener(planListener);
        p.missingProperty().addListener(planListener);
    }

    private void unlisten(ColumnPlan p) {
        p.dropProperty().removeListener(planListener);
        p.handlingProperty().removeListener(planListener);
        p.missingProperty().removeListener(planListener);
    }

    /** Refits with the current choices. */
    private void refit() {
        if (updating) {
            return;
        }
        Recipe recipe = choices();
        if (recipe != null) {
            run(new PrepareJob(data.table(), targets, recipe), this::show);
        }
    }

    /**
     * The user's current choices as a recipe (what the next refit fits), also while they cannot be
     * fitted; null when no data is loaded, no target is chosen, or the column plans are not built yet.
     */
    public Recipe choices() {
        if (data == null || targets.isEmpty() || plans.isEmpty() && data.table().columnCount() > targets.size()) {
            return null;
        }
        Map<String, ColumnStep> steps = new LinkedHashMap<>();
        for (ColumnPlan p : plans) {
            ColumnStep step = p.step();
            if (!(step instanceof ColumnStep.Drop)) {
                steps.put(p.name(), step);
            }
        }
        return new Recipe(targets, taskChoice.get(), positiveClass.get(), steps, null, standardizeTargets);
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
        run(new PrepareJob(data.table(), targets, null), whenPrepared, defaults -> {
            if (defaults.defaults() != null) {
                setPlans(defaults.defaults().recipe(), defaults.defaults().reasons(), Map.of());
                plans.forEach(this::unlisten);
                plans.forEach(p -> p.choose(recipe.step(p.name())));
                plans.forEach(this::listen);
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

    private void run(PrepareJob prepareJob, Consumer<PrepareJob.Result> then) {
        run(prepareJob, () -> { }, then);
    }

    /**
     * Runs {@code prepareJob} and hands its result to {@code then}; when it fails, is cancelled or is
     * overtaken by a newer job, {@code otherwise} runs instead (so whoever waits for it always hears back).
     */
    private void run(PrepareJob prepareJob, Runnable otherwise, Consumer<PrepareJob.Result> then) {
        DataSet forData = data;
        busy.set(true);
        tasks.job("Preparing features", prepareJob)
                .latestIn(preparing)
                .onEnd(() -> busy.set(false))
                .onSuccess(result -> {
                    if (forData == data) {
                        then.accept(result);
                    } else {
                        otherwise.run();
                    }
                })
                .onFailure(error -> otherwise.run())
                .reportFailure(error -> new Problem("Preparation failed", "The features could not be prepared",
                        Dialogs.describe(error)))
                .onCancelled(otherwise)
                .onDropped(otherwise)
                .start();
    }

    private void show(PrepareJob.Result result) {
        taskReason.set(result.guess() == null ? "" : result.guess().reason());
        if (result.problem() != null) {
            problem.set(result.problem());
            summary.set("");
            preview.set(null);
            task.set(taskChoice.get());
            model.setPreparation(null);
            return;
        }
        problem.set("");
        var fitted = result.fitted();
        task.set(fitted.task());
        updating = true;
        if (fitted.target() instanceof TargetEncoding.Binary b) {
            positiveOptions.setAll(b.negative(), b.positive());
            positiveClass.set(b.positive());
        } else {
            positiveOptions.clear();
            positiveClass.set(null);
        }
        updating = false;
        summary.set(fitted.summary(fitted.fittedRows()));
        preview.set(new FeaturePreview(fitted.featureNames(), result.preview().features(), fitted.outputNames(),
                result.preview().targets()));
        model.setPreparation(new Preparation(data, result.recipe(), fitted));
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

    /** The task in effect (inferred or forced), null while unknown. */
    public ReadOnlyObjectProperty<Task> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** Why the task was inferred, e.g. "Survived has two values (0/1): binary, positive class '1'". */
    public ReadOnlyStringProperty taskReasonProperty() {
        return taskReason.getReadOnlyProperty();
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
        return plans;
    }

    /** E.g. "891 rows × 10 features → 1 output (binary: Survived=1)"; empty while there is a problem. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the choices cannot be prepared (empty when they can). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FeaturePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True while a preparation job runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
