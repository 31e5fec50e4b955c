package org.mlpworkbench.ui.evaluate;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.mlpworkbench.bundle.CellRows;
import org.mlpworkbench.metrics.ConfusionRows;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;

/**
 * The rows behind a confusion-matrix cell: finds them in a background job (the same rule as the counts,
 * {@link ConfusionRows}) and lists them from the evaluation's source table with the model's probability
 * ({@link CellRows}); saves a listing as CSV in another job. A newer listing replaces an older one still
 * running. Toolkit-free: what to do with a listing is the caller's.
 */
public final class CellRowsLister {

    /** One cell: the rows of {@code output} that are {@code actual} and predicted {@code predicted} at {@code threshold}. */
    public record BinaryCell(int output, double threshold, boolean actual, boolean predicted) {
    }

    private final BackgroundTasks tasks;
    private final LatestJob listing = new LatestJob();

    public CellRowsLister(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** True when {@code data}'s rows can be listed (its source table is at hand). */
    public static boolean canList(EvaluationData data) {
        return data.hasTable();
    }

    /** Lists the rows of {@code cell}; {@code then} gets a title and the rows, on the UI thread. */
    public void list(EvaluationData data, BinaryCell cell, String title, BiConsumer<String, CellRows> then) {
        tasks.job("Listing " + title, context -> rows(data, cell))
                .latestIn(listing)
                .onSuccess(rows -> then.accept(title, rows))
                .reportFailure(e -> new Problem("Cannot list the rows", "The rows of " + title + " cannot be listed",
                        String.valueOf(e.getMessage())))
                .start();
    }

    /** Lists the rows of a multi-class cell: true class {@code actual}, most probable class {@code predicted}. */
    public void list(EvaluationData data, int actual, int predicted, String title, BiConsumer<String, CellRows> then) {
        tasks.job("Listing " + title, context -> {
                    int[] positions = ConfusionRows.multiClass(data.outputs(), data.targets(), actual, predicted);
                    return CellRows.of(data.table(), data.rowIndices(), positions,
                            "probability of " + data.outputNames().get(predicted), data.outputs().column(predicted));
                })
                .latestIn(listing)
                .onSuccess(rows -> then.accept(title, rows))
                .reportFailure(e -> new Problem("Cannot list the rows", "The rows of " + title + " cannot be listed",
                        String.valueOf(e.getMessage())))
                .start();
    }

    /** The rows of {@code cell} (heavy: off the UI thread). */
    static CellRows rows(EvaluationData data, BinaryCell cell) {
        int[] positions = ConfusionRows.binary(data.outputs(), data.targets(), cell.output(), cell.threshold(),
                cell.actual(), cell.predicted());
        return CellRows.of(data.table(), data.rowIndices(), positions,
                "probability of " + data.outputNames().get(cell.output()), data.outputs().column(cell.output()));
    }

    /** Saves {@code rows} to {@code file} as injection-safe CSV in the background. */
    public void save(CellRows rows, Path file) {
        tasks.job("Saving " + file.getFileName(), context -> {
                    rows.writeCsv(file);
                    return file;
                })
                .onSuccess(saved -> tasks.monitor().announce("Saved " + rows.size() + " rows to " + saved.getFileName()))
                .reportFailure(e -> new Problem("Cannot save the rows", "Saving " + file.getFileName() + " failed",
                        String.valueOf(e.getMessage())))
                .start();
    }
}
