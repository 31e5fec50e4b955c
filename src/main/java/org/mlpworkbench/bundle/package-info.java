/**
 * Trained models that travel: the model bundle on disk, weight exports, evaluation and batch prediction.
 *
 * <p><b>Bundle.</b> {@link org.mlpworkbench.bundle.ModelBundle} is the network, the fitted recipe, the
 * per-output thresholds and a {@link org.mlpworkbench.bundle.TrainingRecord} (config with seed, history,
 * final metrics, SHA-256 of the training file). {@code save}/{@code load} write a folder (or zip) of
 * {@code model.json} + {@code weights.npz} (docs/bundle.md): {@code BundleFiles} handles the files
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
 * ({@code JsonWeights}, nested arrays that read back to the same float32 bits) and ONNX
 * ({@code OnnxWriter} over a minimal protobuf encoder {@code ProtoWriter}: Gemm with {@code transB=1},
 * the activations, GELU from Erf, softmax, dynamic batch). Exports see the network as
 * {@code DenseLayer}s; {@code Parameters} converts from the model's types.
 *
 * <p><b>Use.</b> {@link org.mlpworkbench.bundle.BundleTrainer} goes from a table and the user's choices to
 * a bundle (split, fit on training rows only, train, evaluate) and runs k-fold cross-validation, in
 * which early stopping watches rows held out of each fold's training part, never the scored fold;
 * {@link org.mlpworkbench.bundle.Evaluation} gives each task's metrics;
 * {@link org.mlpworkbench.bundle.CsvPredictor} predicts a CSV block by block (bounded memory, progress
 * and cancel through a listener) into {@link org.mlpworkbench.bundle.PredictionColumns} (full or Kaggle
 * layout) written by {@link org.mlpworkbench.bundle.SafeCsvWriter}, which neutralises spreadsheet formulas;
 * {@code RowErrors} names the file line of a value the recipe cannot read and refuses a row the model
 * gives no finite number for. Everything is synchronous and starts no threads.
 */
package org.mlpworkbench.bundle;
