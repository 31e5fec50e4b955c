package org.mlpworkbench.ui.export;

import java.nio.file.Path;
import java.util.Optional;
import org.mlpworkbench.bundle.WeightExport;

/**
 * Where the Export step asks the user for files. The application answers with native file choosers
 * ({@link FxExportFiles}); tests answer with fixed paths, so no dialog ever opens in a test. Every
 * method returns empty when the user cancels the chooser.
 */
public interface ExportFiles {

    /** A folder (new, empty or an existing bundle) or a {@code .zip} file for a model bundle. */
    Optional<Path> bundleTarget(String suggestedName);

    /** The file for a weight export in {@code format}, with its extension. */
    Optional<Path> weightsFile(WeightExport.Format format, String suggestedName);

    /** A CSV file to predict. */
    Optional<Path> inputCsv();

    /** The CSV file the predictions are written to, suggested next to the input. */
    Optional<Path> predictionsFile(Path suggested);
}
