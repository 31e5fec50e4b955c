package org.mlpworkbench.ui.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.mlpworkbench.bundle.Sha256;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvOptions;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.LoadCancelledException;
import org.mlpworkbench.data.LoadListener;
import org.mlpworkbench.data.LoadProgress;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.task.UpdatingJob;
import org.mlpworkbench.ui.task.JobContext;

/**
 * The background job of the Data step: reads the file with {@link CsvReader} (progress, first rows and
 * cancellation go through the reader's listener), then computes every column's summary and
 * {@link Histogram} so nothing heavy is left for the UI thread.
 */
final class LoadJob implements UpdatingJob<LoadJob.Loaded, Table> {

    /** What the job produces: the data set and one histogram per column, in column order. */
    record Loaded(DataSet data, List<Histogram> histograms) {
    }

    private final Path file;
    private final Map<String, ColumnType> types;

    /**
     * @param types column types to give columns after reading (e.g. a project's re-typed columns); a
     *              column that is absent or whose values cannot take the type keeps the inferred one
     */
    LoadJob(Path file, Map<String, ColumnType> types) {
        this.file = file;
        this.types = Map.copyOf(types);
    }

    /** Reads the file; {@code preview} receives the first rows as soon as the reader has them. */
    @Override
    public Loaded run(JobContext context, Consumer<Table> preview) throws CsvException, IOException {
        String name = String.valueOf(file.getFileName());
        boolean compressed = CsvReader.isCompressed(file);
        LoadedTable loaded = CsvReader.read(file, CsvOptions.defaults(), new LoadListener() {
            @Override
            public void progress(LoadProgress p) {
                context.progress(p.fraction() < 0 ? -1 : p.fraction(), p.fraction() < 0 ? -1 : 1);
                boolean unpacking = compressed && p.rowsRead() == 0;
                context.message(unpacking ? "Unpacking " + name + "…"
                        : String.format(Locale.ROOT, "Reading %s: %,d rows", name, p.rowsRead()));
            }

            @Override
            public void preview(Table firstRows) {
                preview.accept(firstRows);
            }

            @Override
            public boolean cancelled() {
                return context.cancelRequested();
            }
        });
        for (Map.Entry<String, ColumnType> t : types.entrySet()) {
            if (loaded.table().find(t.getKey()).filter(c -> c.type() != t.getValue()).isPresent()) {
                try {
                    loaded = loaded.withType(t.getKey(), t.getValue());
                } catch (CsvException e) {
                    context.message("Keeping the inferred type of " + t.getKey() + ": " + e.getMessage());
                }
            }
        }
        context.message("Summarising " + loaded.table().columnCount() + " columns of " + name);
        // each summary sorts or hashes its column: the histograms are made on every core at once, in column order
        List<Histogram> histograms = loaded.table().columns().parallelStream().map(column -> {
            context.throwIfCancelled();
            return Histogram.of(column);
        }).toList();
        context.message("Fingerprinting " + name);
        String sha256 = Sha256.of(file);
        return new Loaded(new DataSet(file, loaded, sha256), histograms);
    }

    /** A message for the load error dialog: the reader's own sentence, which names file, line and column. */
    static String describe(Path file, Throwable error) {
        if (error instanceof CsvException e) {
            return e.getMessage();
        }
        if (error instanceof LoadCancelledException) {
            return "Loading " + file.getFileName() + " was cancelled.";
        }
        if (error instanceof OutOfMemoryError) {
            return file.getFileName() + " is too large for the memory available to the application.";
        }
        return "Reading " + file + " failed: " + Dialogs.describe(error);
    }
}
