package org.mlpworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.FileKind;
import org.mlpworkbench.data.LoadedTable;

/** Reading the files commands are given, with messages that name the option. */
final class Inputs {
    private Inputs() {
    }

    /** The CSV file given to {@code --data}. */
    static LoadedTable csv(Path file) throws CsvException {
        checkData(file);
        return CsvReader.read(file);
    }

    /** Refuses a {@code --data} path that is not a regular file, saying what it is. */
    static void checkData(Path file) {
        if (!Files.exists(file)) {
            throw new UserInputException("--data: no such file: " + file);
        }
        String kind = FileKind.unusual(file);
        if (kind != null) {
            throw new UserInputException("--data: " + file + " is " + kind + ", not a CSV file"
                    + (kind.equals("a folder") ? "" : "; MLP Workbench reads regular files only (copy it to a file first)"));
        }
    }

    /**
     * Refuses an {@code --out} that would write over the {@code --model} bundle or into it (also through
     * a link); that the predictions never replace the {@code --data} file, {@code CsvPredictor} sees to.
     */
    static void checkOutput(Path out, Path model) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path existing = Files.exists(target) ? target.toRealPath() : target;
        if (Files.exists(model)) {
            Path bundle = model.toRealPath();
            Path parent = existing.getParent();
            boolean inside = Files.isDirectory(bundle) && parent != null && Files.exists(parent)
                    && parent.toRealPath().startsWith(bundle);
            if (existing.equals(bundle) || inside) {
                throw new UserInputException("--out " + out + " would write " + (inside ? "into" : "over")
                        + " the --model bundle " + model + "; choose another output file");
            }
        }
    }

    /** The bundle given to {@code --model}. */
    static ModelBundle model(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new UserInputException("--model: no such model folder or zip: " + dir);
        }
        return ModelBundle.load(dir);
    }
}
