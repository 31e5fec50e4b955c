/**
 * The Export step: how a trained model leaves the application.
 *
 * <p>{@link org.mlpworkbench.ui.export.ExportViewModel} lists the session's runs that have a model
 * (newest first, the latest selected; {@code session.RunChoice}), keeps a {@link
 * org.mlpworkbench.ui.export.RunSummary} of the selected one current as its thresholds change in Evaluate
 * (built in a background job from the bundle itself, so it shows what will be written), and writes the run's
 * {@link org.mlpworkbench.ui.session.RunRecord#bundleSnapshot() bundle} — its chosen thresholds and its metrics
 * at them included, built in the same job that writes it — as a bundle folder or zip ({@code ModelBundle.save})
 * or an export ({@code WeightExport.write}): the whole model as ONNX first and by default, then the
 * network-only ONNX graph, NumPy and JSON, each with its {@code MODEL.md} card beside it ({@code ModelCard}).
 * {@link org.mlpworkbench.ui.export.PredictViewModel} predicts a CSV file with
 * {@code CsvPredictor.predict} in a {@code PredictJob} ({@link org.mlpworkbench.ui.export.PredictionProgress}): the input's header is read in the background
 * and an identifier-like column preselected ({@code IdColumns}), progress is reported in rows, cancel
 * is polled between blocks, and the core's atomic write means a cancelled or failed run leaves no file.
 * These are the calls {@code mlpw export}, {@code mlpw train --out} and {@code mlpw predict} make, so
 * the app and the command line give the same files.
 *
 * <p>Conventions: view-models take paths and never open dialogs; {@link org.mlpworkbench.ui.export.ExportView}
 * asks an {@link org.mlpworkbench.ui.export.ExportFiles} for them ({@link org.mlpworkbench.ui.export.FxExportFiles}
 * in the app, fixed answers in tests). Every failure reaches the user through the one problem sink as a
 * {@link org.mlpworkbench.ui.component.Problem} whose message is the core's own (missing column, CSV line
 * and column) or a sentence about the file ({@link org.mlpworkbench.ui.export.ExportTexts#describe}).
 */
package org.mlpworkbench.ui.export;
