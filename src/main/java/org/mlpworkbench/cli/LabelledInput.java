package org.mlpworkbench.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that score a saved model on a file with targets ({@code evaluate}, {@code explain}). */
final class LabelledInput {

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model bundle (folder or .zip).")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "CSV file with the target column(s).")
    Path data;
}
