package org.mlpworkbench.ui.session;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.ScoredRows;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.bundle.TrainingRecord;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.train.TrainingResult;

/**
 * One training run of the session: its settings, its {@link RunCurves}, its status and, once it ends, the
 * core's {@link TrainedRun} — whose model is kept even when the run was stopped or diverged (the trainer
 * returns the last good weights) — with the decision thresholds chosen for it (0.5 per output until the user
 * picks others in the Evaluate step) and its last cross-validation. {@link #bundleSnapshot()} turns it into
 * the {@link ModelBundle} that is exported and saved. Changed on the UI thread only.
 */
public final class RunRecord {

    private final int number;
    private final Preparation preparation;
    private final RunSettings settings;
    private final RunCurves curves = new RunCurves();
    private MlpSpec spec;
    private int trainRows;
    private int validationRows;
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status", RunStatus.RUNNING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TrainingResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<List<Double>> thresholds = new ReadOnlyObjectWrapper<>(this, "thresholds", List.of());
    private final ReadOnlyObjectWrapper<CrossValidationResult> crossValidation =
            new ReadOnlyObjectWrapper<>(this, "crossValidation");
    private final RunCosts costs = new RunCosts();
    private TrainedRun trained;
    private Instant finishedAt;

    public RunRecord(int number, Preparation preparation, RunSettings settings) {
        this.number = number;
        this.preparation = preparation;
        this.settings = settings;
    }

    /** Records the network built once the recipe was fitted on the training rows. */
    public void started(MlpSpec network, int trainingRows, int heldOutRows) {
        this.spec = network;
        this.trainRows = trainingRows;
        this.validationRows = heldOutRows;
    }

    /** Marks the run paused or running again. */
    public void setPaused(boolean paused) {
        if (status.get().isActive()) {
            status.set(paused ? RunStatus.PAUSED : RunStatus.RUNNING);
            curves.bump();
        }
    }

    /** Ends the run at {@code when} with the core's result: trainer's outcome, fitted recipe and scored rows. */
    public void finish(TrainedRun run, Instant when) {
        this.trained = Objects.requireNonNull(run, "run");
        this.finishedAt = Objects.requireNonNull(when, "when");
        thresholds.set(ModelBundle.defaultThresholds(run.recipe()));
        result.set(run.result());
        message.set(run.result().message());
        status.set(switch (run.result().stopReason()) {
            case COMPLETED -> RunStatus.COMPLETED;
            case EARLY_STOPPED -> RunStatus.EARLY_STOPPED;
            case CANCELLED -> RunStatus.STOPPED;
            case DIVERGED -> RunStatus.DIVERGED;
        });
        curves.bump();
    }

    /** Ends the run at {@code when} with no model and the given outcome: an error, or a restored early divergence. */
    public void endWithoutModel(RunStatus outcome, String why, Instant when) {
        if (outcome.isActive()) {
            throw new IllegalArgumentException("a run cannot end as " + outcome);
        }
        this.finishedAt = Objects.requireNonNull(when, "when");
        message.set(why);
        status.set(outcome);
        curves.bump();
    }

    /** When the run ended; null while it runs. */
    public Instant finishedAt() {
        return finishedAt;
    }

    /** "Run 3". */
    public String name() {
        return "Run " + number;
    }

    /** The settings in one line ({@link RunSettings#describe}). */
    public String describe() {
        return settings.describe(spec);
    }

    public int number() {
        return number;
    }

    public Preparation preparation() {
        return preparation;
    }

    /** The network; null until the run has fitted its recipe. */
    public MlpSpec spec() {
        return spec;
    }

    public RunSettings settings() {
        return settings;
    }

    /** Rows trained on (0 until started). */
    public int trainRows() {
        return trainRows;
    }

    /** Rows held out for validation (0 when none). */
    public int validationRows() {
        return validationRows;
    }

    /** The run's curves, filled while it trains. */
    public RunCurves curves() {
        return curves;
    }

    /**
     * Changes when the run's summary (epochs done, best loss, settings) is worth redrawing: at most once
     * a second while it trains, and whenever its status changes — so a table of runs does not repaint
     * at the rate of the curves.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return curves.revisionProperty();
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What happened, in words (from the trainer, or the error). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The trainer's result once the run has ended (null while running, and when it failed). */
    public ReadOnlyObjectProperty<TrainingResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The recipe fitted on this run's training rows (null until the run ends). */
    public FittedRecipe recipe() {
        return trained == null ? null : trained.recipe();
    }

    /** The validation rows as the run's recipe prepared them (features and targets); null when none were held out. */
    public Prepared validation() {
        ScoredRows rows = heldOut();
        return rows == null ? null : rows.rows();
    }

    /** The validation rows with the model's outputs on them (computed when the run ended); null when none were held out. */
    public ScoredRows heldOut() {
        return trained == null ? null : trained.validation();
    }

    /** The decision threshold of each output (binary, multi-label: positive iff {@code p > t}); else empty. */
    public ReadOnlyObjectProperty<List<Double>> thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    /** Chooses new thresholds, one per output, each in [0, 1]; they are what {@link #bundleSnapshot()} saves. */
    public void setThresholds(List<Double> chosen) {
        if (trained == null) {
            throw new IllegalStateException(name() + " has not finished");
        }
        List<Double> copy = List.copyOf(chosen);
        if (copy.size() != thresholds.get().size() || copy.stream().anyMatch(t -> !(t >= 0 && t <= 1))) {
            throw new IllegalArgumentException(name() + " needs " + thresholds.get().size()
                    + " threshold(s) between 0 and 1, got " + copy);
        }
        thresholds.set(copy);
    }

    /** What each kind of prediction costs, per output, as chosen in the Evaluate step (none by default). */
    public RunCosts costs() {
        return costs;
    }

    /** The last finished cross-validation of this run's settings (kept with the run and saved in projects), or null. */
    public ReadOnlyObjectProperty<CrossValidationResult> crossValidationProperty() {
        return crossValidation.getReadOnlyProperty();
    }

    /** Keeps {@code result} as this run's cross-validation (replacing an earlier one). */
    public void setCrossValidation(CrossValidationResult result) {
        crossValidation.set(Objects.requireNonNull(result, "result"));
    }

    /**
     * The run's model as a bundle, in two halves: the run's state is read now (UI thread, cheap), and the
     * bundle — network, fitted recipe, the chosen thresholds, and how it was trained, with the data file's
     * name, row count and SHA-256 and the metrics at those thresholds — is built when the supplier is called,
     * which a background job does.
     *
     * @throws IllegalStateException when the run has no model ({@link #hasModel()} is false)
     */
    public Supplier<ModelBundle> bundleSnapshot() {
        if (!hasModel()) {
            throw new IllegalStateException(name() + " has no model");
        }
        TrainedRun run = trained;
        List<Double> chosen = thresholds.get();
        Instant finished = finishedAt;
        DataSet data = preparation.data();
        TrainingRecord.TrainingData source = new TrainingRecord.TrainingData(data.name(), data.table().rowCount(),
                data.sha256());
        return () -> run.bundle(settings.config(), settings.validationShare(), source, chosen, finished);
    }

    /** True if the run ended with a usable model: any end but a divergence before the first epoch finished. */
    public boolean hasModel() {
        TrainingResult r = result.get();
        return r != null && (r.stopReason() != StopReason.DIVERGED || !r.history().isEmpty());
    }

    @Override
    public String toString() {
        return name();
    }
}
