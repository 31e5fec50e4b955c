/**
 * Trained models that travel: the model bundle on disk, weight exports, evaluation and batch prediction.
 *
 * <p><b>Bundle.</b> {@link org.mlpworkbench.bundle.ModelBundle} is the network, the fitted recipe, the
 * per-output thresholds and a {@link org.mlpworkbench.bundle.TrainingRecord} (config with seed, history,
 * final metrics, SHA-256 of the training file). {@code save}/{@code load} write a folder (or zip) of
 * {@code model.json} + {@code weights.npz} + the model card {@code MODEL.md} (docs/bundle.md): {@code BundleFiles} handles the files
 * (format marker and version, checksum of the weights, parameter shapes, atomic replacement via
 * {@link org.mlpworkbench.bundle.AtomicFiles}, zip extraction via {@link org.mlpworkbench.bundle.ZipFiles}
 * that refuses escaping paths, names given twice and zip bombs); {@code BundleTarget} decides what a save
 * may replace (nothing, an empty folder, or provably a bundle). Every write goes through {@code AtomicFiles}
 * to a regular file only; its temporaries ({@code TempPaths}) are locked while in use, deleted by a
 * shutdown hook on SIGTERM (the hook is a thread the JVM starts at exit; the package starts none) and
 * swept by the next write into their folder after a kill. {@code ModelJson}/{@code TrainingJson} give the
 * meaning of the fields, read strictly by {@code JsonFields} so every error names its field. Loading
 * executes nothing: JSON and float arrays only, and refuses weights that are not finite.
 *
 * <p><b>Formats.</b> {@link org.mlpworkbench.bundle.Npy}/{@link org.mlpworkbench.bundle.Npz} read and
 * write NumPy files (version 1.0 headers padded to 64 bytes, little-endian float32, C order; the same
 * bytes {@code numpy.save} writes). {@link org.mlpworkbench.bundle.WeightExport} writes npz, JSON
 * ({@code JsonWeights}, nested arrays that read back to the same float32 bits) and two ONNX graphs over
 * {@code OnnxGraph} (unique value names, typed inputs and outputs with a symbolic batch, opset 17 and
 * {@code ai.onnx.ml} 3, serialized by the minimal protobuf encoder {@code ProtoWriter}): the network
 * alone ({@code OnnxWriter}: Gemm with {@code transB=1}, the activations, GELU from Erf, softmax), and
 * the whole model ({@code OnnxModel}): {@code OnnxInputs} types one input per used column (float for
 * what the recipe reads as numbers, string otherwise), {@code OnnxRecipe} turns every fitted step into
 * operators that compute what the Java step computes (numeric steps vectorised in float64, LabelEncoder
 * and OneHotEncoder for categories, the first layer's columns permuted instead of reordering features),
 * then the network and the label at the bundle's thresholds. The graph cannot refuse a row: a value the
 * app refuses gives NaN outputs and an empty label. {@link org.mlpworkbench.bundle.ModelCard} (with
 * {@code CardColumns}) writes the {@code MODEL.md} every bundle holds and every export gets beside it.
 * Exports see the network as {@code DenseLayer}s; {@code Parameters} converts from the model's types.
 * Nothing here depends on ONNX Runtime, which only the tests use to run the graphs.
 *
 * <p><b>Use.</b> {@link org.mlpworkbench.bundle.BundleTrainer} goes from a table and the user's choices to
 * a bundle (split, fit on training rows only, train, evaluate) and runs k-fold cross-validation, in
 * which early stopping watches rows held out of each fold's training part, never the scored fold;
 * {@link org.mlpworkbench.bundle.Evaluation} gives each task's metrics;
 * {@link org.mlpworkbench.bundle.CsvPredictor} predicts a CSV block by block (bounded memory, progress
 * and cancel through a listener) into {@link org.mlpworkbench.bundle.PredictionColumns} (full or Kaggle
 * layout) written by {@link org.mlpworkbench.bundle.SafeCsvWriter}, which neutralises spreadsheet formulas;
 * {@code RowErrors} names the file line of a value the recipe cannot read and refuses a row the model
 * gives no finite number for.
 *
 * <p><b>Explain.</b> {@link org.mlpworkbench.bundle.PermutationImportance} shuffles each input column (its
 * features together, from {@code FittedRecipe.inputColumns()}) over {@link org.mlpworkbench.bundle.ExplainRows}
 * with seeded permutations and reports the mean and standard deviation of the drop in the task's score and rise
 * in its loss ({@code ExplainScores}); {@link org.mlpworkbench.bundle.PartialDependence} sets one column to a
 * grid of values (or each category) for every row and averages an output, with the rows' 10th–90th percentile.
 * Both report progress and poll cancellation through an {@link org.mlpworkbench.bundle.ExplainListener}
 * (docs/metrics.md). Everything is synchronous and starts no threads.
 */
package org.mlpworkbench.bundle;
