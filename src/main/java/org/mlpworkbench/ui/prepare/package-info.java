/**
 * The Prepare step. {@link org.mlpworkbench.ui.prepare.PrepareViewModel} holds the user's choices —
 * target column(s) (pre-selected by {@link org.mlpworkbench.prep.Recipe#guessTargets}), the task (inferred by the core, or forced), the
 * positive class of a binary target, and a {@link org.mlpworkbench.ui.prepare.ColumnPlan} per input column
 * (drop, {@link org.mlpworkbench.ui.prepare.Handling encoding}, {@link org.mlpworkbench.ui.prepare.MissingChoice
 * missing values}; {@code ColumnPlans}) starting from the core's default recipe and its reasons. Every change refits the recipe
 * in one background {@code PrepareJob} ({@code PrepareRunner}: a newer change replaces a running one); the
 * result ({@link org.mlpworkbench.ui.prepare.PrepareOutcome}) gives the task and why, the live summary, the {@link org.mlpworkbench.ui.prepare.FeaturePreview} and the session's {@code Preparation}, which
 * enables Train. A choice the core cannot honour is shown inline, not as an error dialog.
 */
package org.mlpworkbench.ui.prepare;
