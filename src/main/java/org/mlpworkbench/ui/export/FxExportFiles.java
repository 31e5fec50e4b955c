package org.mlpworkbench.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.ui.session.SampleFiles;
import org.mlpworkbench.bundle.WeightExport;

/**
 * {@link ExportFiles} with the platform's file choosers. Each chooser opens in the folder last used
 * for exports and filters by the right extension; a name typed without it gets it added.
 */
public final class FxExportFiles implements ExportFiles {

    private static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.CSV", "*.txt", "*.tsv");
    private final Supplier<Window> owner;
    private Path folder;

    public FxExportFiles(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> bundleTarget(String suggestedName) {
        FileChooser chooser = saveChooser("Save model bundle (a new folder, or a name ending in .zip)", suggestedName);
        FileChooser.ExtensionFilter folderFilter = new FileChooser.ExtensionFilter("Bundle folder (model.json + weights.npz)", "*");
        FileChooser.ExtensionFilter zip = new FileChooser.ExtensionFilter("Zip file (.zip)", "*.zip");
        chooser.getExtensionFilters().addAll(folderFilter, zip);
        return remember(chooser.showSaveDialog(owner.get())).map(path ->
                chooser.getSelectedExtensionFilter() == zip ? withExtension(path, ".zip") : path);
    }

    @Override
    public Optional<Path> weightsFile(WeightExport.Format format, String suggestedName) {
        FileChooser chooser = saveChooser("Export as " + ExportTexts.formatTitle(format), suggestedName + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                ExportTexts.formatTitle(format), "*" + format.extension()));
        return remember(chooser.showSaveDialog(owner.get())).map(path -> withExtension(path, format.extension()));
    }

    @Override
    public Optional<Path> inputCsv() {
        FileChooser chooser = chooser("Choose a CSV file to predict", null);
        chooser.getExtensionFilters().addAll(org.mlpworkbench.ui.component.Dialogs.dataFileFilters());
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> predictionsFile(Path suggested) {
        FileChooser chooser = chooser("Write the predictions to", FileNames.name(suggested));
        Path folder = suggested.getParent();
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        chooser.getExtensionFilters().add(CSV);
        return remember(chooser.showSaveDialog(owner.get())).map(path -> withExtension(path, ".csv"));
    }

    private FileChooser chooser(String title, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** A chooser for a new file: in the folder last used, unless that holds the samples or is read-only. */
    private FileChooser saveChooser(String title, String initialName) {
        FileChooser chooser = chooser(title, initialName);
        if (folder != null) {
            Path target = SampleFiles.outputFolder(folder);
            if (Files.isDirectory(target)) {
                chooser.setInitialDirectory(target.toFile());
            }
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        folder = chosen.toPath().getParent();
        return Optional.of(chosen.toPath());
    }

    private static Path withExtension(Path path, String extension) {
        String name = FileNames.name(path);
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? path : path.resolveSibling(name + extension);
    }
}
