/**
 * The command line ({@code bin/mlpw}, docs/cli.md): {@code inspect}, {@code train}, {@code evaluate},
 * {@code predict}, {@code export}, {@code cv}, {@code explain}, {@code tune} and {@code bench}, one picocli command
 * class each, thin over {@code bundle}, {@code data}, {@code tune} and {@code bench} ({@code tune} runs its trials
 * on a fixed thread pool through {@code tune.ExecutorTrialRunner}). {@link org.mlpworkbench.cli.Main#run} is the entry
 * the launcher calls; {@code Main.run(args, out, err)} lets tests run it in-process. {@code train} and
 * {@code cv} share two mixins: {@code DataOptions} (file, targets, task, drops, the app's recipe) and
 * {@code TrainOptions}, whose options not given take the {@code --preset}'s values
 * ({@code train.TrainPreset}, the app's form defaults) and whose {@code auto} values come from the core's
 * rules by data size ({@code train.TrainDefaults}), so a file trains the same here as in the app;
 *  {@code LabelledInput} gives {@code evaluate} and {@code explain} their {@code --model} and {@code --data};
 * {@code ErrorReporter} turns every
 * user mistake (bad option, missing file, wrong column, not a model, CSV/recipe errors) into exit code 2
 * and one line {@code error: …}, bugs into exit code 1, with stack traces only under {@code --debug}.
 * {@code Inputs} refuses inputs that are not regular files and outputs that would overwrite an input.
 */
package org.mlpworkbench.cli;
