package org.mlpworkbench.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.mlpworkbench.bundle.CsvPredictor;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.ui.task.UpdatingJob;
import org.mlpworkbench.ui.task.JobContext;

/**
 * One prediction run in the background: {@link CsvPredictor#predict} (the same call as
 * {@code mlpw predict}) with its progress forwarded as bytes read (the bar) and rows written (the
 * message and {@code rowsWritten}), its cancel polled from the job's context, then the first rows of
 * the written file read back for the preview. A cancelled or failed run leaves no output file.
 */
final class PredictJob implements UpdatingJob<PredictJob.Result, CsvPredictor.Progress> {

    /** Rows shown in the preview. */
    static final int PREVIEW_ROWS = 10;

    /** What a finished run wrote, and how long it took. */
    record Result(Path output, CsvPredictor.Summary summary, long bytes, long millis, PredictionPreview preview) {
    }

    private final Supplier<ModelBundle> bundle;
    private final Path input;
    private final Path output;
    private final CsvPredictor.Options options;

    /** @param bundle the run's model, built in the job ({@link org.mlpworkbench.ui.session.RunRecord#bundleSnapshot()}) */
    PredictJob(Supplier<ModelBundle> bundle, Path input, Path output, CsvPredictor.Options options) {
        this.bundle = bundle;
        this.input = input;
        this.output = output;
        this.options = options;
    }

    /** Predicts; {@code onProgress} is told how far the run has got after each block. */
    @Override
    public Result run(JobContext context, Consumer<CsvPredictor.Progress> onProgress) throws Exception {
        long start = System.nanoTime();
        context.message("Predicting " + input.getFileName() + "…");
        CsvPredictor.Summary summary = CsvPredictor.predict(bundle.get(), input, output, options, new CsvPredictor.Listener() {
            @Override
            public void progress(CsvPredictor.Progress progress) {
                context.progress(progress.bytesRead(), Math.max(1, progress.totalBytes()));
                context.message("Predicting " + input.getFileName() + ": " + ExportTexts.count(progress.rowsWritten())
                        + " rows written");
                onProgress.accept(progress);
            }

            @Override
            public boolean cancelled() {
                return context.cancelRequested();
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new Result(output, summary, Files.size(output), millis, PredictionPreview.read(output, PREVIEW_ROWS));
    }
}
