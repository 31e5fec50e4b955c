package org.mlpworkbench.prep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.data.Table;

/**
 * What the user chose: the target columns, the task ({@code null} = infer it from the targets), the
 * positive class of a binary task ({@code null} = choose it), one {@link ColumnStep} per input column
 * (in feature order; a column with no step is not used), the delimiter of a label-set column
 * ({@code null} = detect it) and whether regression targets are standardized.
 * A recipe holds no statistics: {@link RecipeFitter#fit} learns them from training rows.
 */
public record Recipe(
        List<String> targets,
        Task task,
        String positiveClass,
        Map<String, ColumnStep> steps,
        String labelDelimiter,
        boolean standardizeTargets) {

    public Recipe {
        targets = List.copyOf(targets);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("choose at least one target column");
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new IllegalArgumentException("a target column is chosen twice: " + targets);
        }
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        for (String target : targets) {
            if (steps.containsKey(target)) {
                throw new IllegalArgumentException("column '" + target + "' is a target and cannot also be an input");
            }
        }
        for (Map.Entry<String, ColumnStep> e : steps.entrySet()) {
            if (e.getValue() == null) {
                throw new IllegalArgumentException("column '" + e.getKey() + "' has no step");
            }
        }
        if (labelDelimiter != null && labelDelimiter.isEmpty()) {
            throw new IllegalArgumentException("the label delimiter cannot be empty");
        }
    }

    /** The default recipe for {@code table} with these targets, and the reason behind every choice. */
    public static DefaultRecipe defaults(Table table, List<String> targets) {
        return RecipeDefaults.of(table, targets);
    }

    /**
     * The column(s) most likely meant as the target of {@code table}: a conventionally named column
     * ("target", "label", "survived", …), else a numbered run of two-valued columns (Class1…Class14) or
     * two or more boolean columns at the end (multi-label), else the last column that is not an
     * identifier, a constant or free text. Empty only for a table without columns.
     */
    public static List<String> guessTargets(Table table) {
        return TargetGuess.of(table);
    }

    /** This recipe with {@code column} handled by {@code step} (its position is kept if it had a step). */
    public Recipe withStep(String column, ColumnStep step) {
        Map<String, ColumnStep> changed = new LinkedHashMap<>(steps);
        changed.put(column, step);
        return new Recipe(targets, task, positiveClass, changed, labelDelimiter, standardizeTargets);
    }

    /** This recipe with the task forced ({@code null} = infer). */
    public Recipe withTask(Task newTask) {
        return new Recipe(targets, newTask, positiveClass, steps, labelDelimiter, standardizeTargets);
    }

    /** This recipe with the positive class of a binary target set ({@code null} = choose automatically). */
    public Recipe withPositiveClass(String positive) {
        return new Recipe(targets, task, positive, steps, labelDelimiter, standardizeTargets);
    }

    /** This recipe with the delimiter of a label-set column set ({@code null} = detect). */
    public Recipe withLabelDelimiter(String delimiter) {
        return new Recipe(targets, task, positiveClass, steps, delimiter, standardizeTargets);
    }

    /** This recipe with regression targets standardized (inverse applied to predictions) or not. */
    public Recipe withStandardizedTargets(boolean standardize) {
        return new Recipe(targets, task, positiveClass, steps, labelDelimiter, standardize);
    }

    /** The step of {@code column}, or {@link ColumnStep#DROP} when it has none. */
    public ColumnStep step(String column) {
        return steps.getOrDefault(column, ColumnStep.DROP);
    }
}
