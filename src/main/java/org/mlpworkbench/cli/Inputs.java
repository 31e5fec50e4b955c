package org.mlpworkbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.LoadedTable;

/** Reading the files commands are given, with messages that name the option. */
final class Inputs {
    private Inputs() {
    }

    /** The CSV file given to {@code --data}. */
    static LoadedTable csv(Path file) throws CsvException {
        if (!Files.exists(file)) {
            throw new UserInputException("--data: no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new UserInputException("--data: " + file + " is a folder, not a CSV file");
        }
        return CsvReader.read(file);
    }

    /** The bundle given to {@code --model}. */
    static ModelBundle model(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new UserInputException("--model: no such model folder or zip: " + dir);
        }
        return ModelBundle.load(dir);
    }
}
