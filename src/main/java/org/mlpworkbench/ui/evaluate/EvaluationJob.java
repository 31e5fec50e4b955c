package org.mlpworkbench.ui.evaluate;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvOptions;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.LoadCancelledException;
import org.mlpworkbench.data.LoadListener;
import org.mlpworkbench.data.LoadProgress;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.RecipeException;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.task.Job;
import org.mlpworkbench.ui.task.JobContext;

/**
 * The background work of the Evaluate step: scores a model on its run's validation rows, or reads a
 * labelled CSV file (progress and cancellation through the reader's listener), prepares it with the
 * model's recipe and scores it. Either way it ends with the curves built ({@link Scored}).
 */
final class EvaluationJob implements Job<EvaluationJob.Result> {

    /** The scored data, and the table read from the file (null for a validation split), kept for re-use. */
    record Result(Scored scored, Table table) {
    }

    private final Supplier<ModelBundle> bundle;
    private final String source;
    private final EvaluationData validation;
    private final Path file;
    private final Table table;

    private EvaluationJob(Supplier<ModelBundle> bundle, String source, EvaluationData validation, Path file, Table table) {
        this.bundle = bundle;
        this.source = source;
        this.validation = validation;
        this.file = file;
        this.table = table;
    }

    /** Builds the curves of a run's validation rows, already scored when the run ended. */
    static EvaluationJob validation(EvaluationData heldOut) {
        return new EvaluationJob(null, heldOut.source(), heldOut, null, null);
    }

    /** The validation rows of {@code run}, with the table it was trained on (their row indices point into it). */
    static EvaluationJob validation(RunRecord run) {
        return validation(EvaluationData.of("validation split of " + run.name(), run.recipe(), run.heldOut(),
                run.preparation().data().table()));
    }

    /** {@code run} on its validation split ({@code file} null) or on {@code file} (whose table may be read already). */
    static EvaluationJob on(RunRecord run, Path file, Table alreadyRead) {
        return file == null ? validation(run) : file(run.bundleSnapshot(), file, alreadyRead);
    }

    /** How any run is scored on the same source: {@link #on} with this file (null: each run's validation split). */
    static java.util.function.Function<RunRecord, EvaluationJob> onSource(Path file, Table alreadyRead) {
        return run -> on(run, file, alreadyRead);
    }

    /** Reads {@code file} (unless {@code alreadyRead} is its table) and scores the bundle (built in the job) on it. */
    static EvaluationJob file(Supplier<ModelBundle> bundle, Path file, Table alreadyRead) {
        return new EvaluationJob(bundle, String.valueOf(file.getFileName()), null, file, alreadyRead);
    }

    @Override
    public Result run(JobContext context) throws CsvException {
        if (file == null) {
            context.message("Scoring " + source);
            return new Result(Scored.of(validation), null);
        }
        Table read = table != null ? table : read(context);
        context.message("Preparing " + source + " with the model's recipe");
        context.throwIfCancelled();
        ModelBundle model = bundle.get();
        Prepared prepared = model.recipe().apply(read);
        EvaluationData data = EvaluationData.of(source, model, read, prepared);
        if (data.rows() == 0) {
            throw new IllegalArgumentException(source + " has no row with a known target to evaluate on"
                    + (prepared.message().isEmpty() ? "" : " (" + prepared.message() + ")"));
        }
        context.message("Scoring " + source);
        return new Result(Scored.of(data), read);
    }

    private Table read(JobContext context) throws CsvException {
        return CsvReader.read(file, CsvOptions.defaults(), new LoadListener() {
            @Override
            public void progress(LoadProgress p) {
                context.progress(p.fraction() < 0 ? -1 : p.fraction(), p.fraction() < 0 ? -1 : 1);
                context.message(String.format(Locale.ROOT, "Reading %s: %,d rows", source, p.rowsRead()));
            }

            @Override
            public boolean cancelled() {
                return context.cancelRequested();
            }
        }).table();
    }

    /** What to tell the user when the file cannot be evaluated on: the core's own sentence where it has one. */
    static String describe(Path file, Throwable error) {
        if (error instanceof RecipeException e) {
            return file.getFileName() + " does not match the model's columns:\n• " + String.join("\n• ", e.problems());
        }
        if (error instanceof CsvException || error instanceof IllegalArgumentException) {
            return error.getMessage();
        }
        if (error instanceof LoadCancelledException) {
            return "Reading " + file.getFileName() + " was cancelled.";
        }
        if (error instanceof OutOfMemoryError) {
            return file.getFileName() + " is too large for the memory available to the application.";
        }
        return "Evaluating on " + file + " failed: " + Dialogs.describe(error);
    }
}
