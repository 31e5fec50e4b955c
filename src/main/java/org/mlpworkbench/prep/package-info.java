/**
 * Preprocessing: a declarative recipe fitted on training rows, then applied identically to any table.
 *
 * <p>A {@link org.mlpworkbench.prep.Recipe} is what the user chose: target columns, the task (or
 * {@code null} to infer it, see {@link org.mlpworkbench.prep.TaskInference}), and one sealed
 * {@link org.mlpworkbench.prep.ColumnStep} per input column (drop, numeric, categorical, boolean,
 * missing-indicator-only). {@code Recipe.defaults(table, targets)} proposes one from the column types
 * and summaries, with a sentence per column explaining the choice.
 * {@link org.mlpworkbench.prep.RecipeFitter} learns every statistic from the training rows whose target
 * is present, giving an immutable {@link org.mlpworkbench.prep.FittedRecipe} of
 * {@link org.mlpworkbench.prep.FittedStep}s and a {@link org.mlpworkbench.prep.TargetEncoding}; its
 * {@code apply(table)} writes float32 feature and target {@link org.mlpworkbench.data.Matrix matrices}
 * straight into arrays (one pass per column, no boxing), checks the schema of new files by column name,
 * and works without target columns at prediction time. {@link org.mlpworkbench.prep.Splits} makes seeded
 * random, stratified and k-fold splits, and splits within a fold's training rows (for early stopping
 * inside cross-validation); {@code RecipeFitter.fitAndApply} fits per split so no validation
 * row leaks into a statistic. {@link org.mlpworkbench.prep.RecipeJson} writes the fitted recipe as the
 * versioned JSON document described in {@code docs/recipe.md}; {@link org.mlpworkbench.prep.JsonDocuments}
 * is the one mapper for the project's documents (no limit on string or field-name length, so what is
 * written reads back). The fitted steps expose the numbers their {@code write} uses (a categorical step's
 * {@code otherSlot}, {@code missingSlot}, {@code ordinalMissing}), so the ONNX export in {@code bundle}
 * builds its operators from the same rules rather than a second copy of them.
 *
 * <p>Conventions: values are matched as text (category levels, classes), so a column typed differently in
 * a small file still works; unseen categories never throw; every user-caused problem is a
 * {@link org.mlpworkbench.prep.RecipeException} whose message names the column or JSON field, and, when the
 * problem is a value, the row it is in (so readers of files can name the line).
 * Depends only on {@code data}.
 */
package org.mlpworkbench.prep;
