/**
 * Trained models that travel: the model bundle on disk, weight exports, evaluation and batch prediction.
 *
 * <p><b>Bundle.</b> {@link org.mlpworkbench.bundle.ModelBundle} is the network, the fitted recipe, the
 * per-output thresholds and a {@link org.mlpworkbench.bundle.TrainingRecord} (config with seed, history,
 * final metrics, SHA-256 of the training file). {@code save}/{@code load} write a folder (or zip) of
 * {@code model.json} + {@code weights.npz} (docs/bundle.md): {@code BundleFiles} handles the files
 * (format marker and version, checksum of the weights, parameter shapes, atomic replacement via
 * {@link org.mlpworkbench.bundle.AtomicFiles}, zip extraction via {@link org.mlpworkbench.bundle.ZipFiles}
 * that refuses escaping paths and zip bombs), {@code ModelJson}/{@code TrainingJson} the meaning of the
 * fields, read strictly by {@code JsonFields} so every error names its field. Loading executes nothing:
 * JSON and float arrays only.
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
 * a bundle (split, fit on training rows only, train, evaluate) and runs k-fold cross-validation;
 * {@link org.mlpworkbench.bundle.Evaluation} gives each task's metrics;
 * {@link org.mlpworkbench.bundle.CsvPredictor} predicts a CSV block by block (bounded memory, progress
 * and cancel through a listener) into {@link org.mlpworkbench.bundle.PredictionColumns} (full or Kaggle
 * layout) written by {@link org.mlpworkbench.bundle.SafeCsvWriter}, which neutralises spreadsheet formulas.
 * Everything is synchronous and starts no threads.
 */
package org.mlpworkbench.bundle;
