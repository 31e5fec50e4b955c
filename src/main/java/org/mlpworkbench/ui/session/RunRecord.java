package org.mlpworkbench.ui.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.bundle.Evaluation;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.TrainingRecord;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.train.BatchStats;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainingResult;
import org.mlpworkbench.ui.component.CurvePoint;

/**
 * One training run of the session: its settings, its curves (filled live from the trainer's
 * progress, on the UI thread), its status and, once it ends, the result — whose model is kept even
 * when the run was stopped or diverged (the trainer returns the last good weights) — with the rows it
 * held out for validation and the decision thresholds chosen for it (0.5 per output until the user
 * picks others in the Evaluate step). {@link #bundle()} turns it into the {@link ModelBundle} that is
 * exported and saved.
 */
public final class RunRecord {

    private static final long SUMMARY_INTERVAL_NANOS = 1_000_000_000L;

    private final int number;
    private final Preparation preparation;
    private final RunSettings settings;
    private MlpSpec spec;
    private int trainRows;
    private int validationRows;
    private final ObservableList<EpochStats> epochs = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> validationLoss = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> trainMetric = FXCollections.observableArrayList();
    private final ObservableList<CurvePoint> validationMetric = FXCollections.observableArrayList();
    private final SmoothedCurve batchLoss = new SmoothedCurve(0.9);
    private final ReadOnlyObjectWrapper<RunStatus> status = new ReadOnlyObjectWrapper<>(this, "status", RunStatus.RUNNING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<TrainingResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<List<Double>> thresholds = new ReadOnlyObjectWrapper<>(this, "thresholds", List.of());
    private final ReadOnlyObjectWrapper<CrossValidationResult> crossValidation =
            new ReadOnlyObjectWrapper<>(this, "crossValidation");
    private long lastRevisionNanos;
    private FittedRecipe recipe;
    private HeldOut heldOut;
    private Instant finishedAt;

    public RunRecord(int number, Preparation preparation, RunSettings settings) {
        this.number = number;
        this.preparation = preparation;
        this.settings = settings;
    }

    /** Records the network built once the recipe was fitted on the training rows (UI thread). */
    public void started(MlpSpec network, int trainingRows, int heldOutRows) {
        this.spec = network;
        this.trainRows = trainingRows;
        this.validationRows = heldOutRows;
    }

    /** Records one batch (UI thread). */
    public void addBatch(BatchStats b) {
        batchLoss.add(b.epoch() - 1 + (double) b.batch() / b.batchesPerEpoch(), b.loss());
    }

    /** Records one epoch (UI thread). */
    public void addEpochs(List<EpochStats> stats) {
        epochs.addAll(stats);
        trainLoss.addAll(stats.stream().map(e -> new CurvePoint(e.epoch(), e.trainLoss())).toList());
        trainMetric.addAll(stats.stream().map(e -> new CurvePoint(e.epoch(), e.trainMetric())).toList());
        List<EpochStats> validated = stats.stream().filter(EpochStats::hasValidation).toList();
        validationLoss.addAll(validated.stream().map(e -> new CurvePoint(e.epoch(), e.validationLoss())).toList());
        validationMetric.addAll(validated.stream().map(e -> new CurvePoint(e.epoch(), e.validationMetric())).toList());
        long now = System.nanoTime();
        if (now - lastRevisionNanos >= SUMMARY_INTERVAL_NANOS) {
            lastRevisionNanos = now;
            bump();
        }
    }

    private void bump() {
        revision.set(revision.get() + 1);
    }

    /** Marks the run paused or running again. */
    public void setPaused(boolean paused) {
        if (status.get().isActive()) {
            status.set(paused ? RunStatus.PAUSED : RunStatus.RUNNING);
            bump();
        }
    }

    /**
     * Ends the run with the trainer's result, the recipe fitted on its training rows and the held-out
     * rows scored by the model ({@code validation} is null when nothing was held out).
     */
    public void finish(TrainingResult outcome, FittedRecipe fitted, HeldOut validation) {
        this.recipe = fitted;
        this.heldOut = validation;
        this.finishedAt = Instant.now();
        thresholds.set(ModelBundle.defaultThresholds(fitted));
        result.set(outcome);
        message.set(outcome.message());
        status.set(switch (outcome.stopReason()) {
            case COMPLETED -> RunStatus.COMPLETED;
            case EARLY_STOPPED -> RunStatus.EARLY_STOPPED;
            case CANCELLED -> RunStatus.STOPPED;
            case DIVERGED -> RunStatus.DIVERGED;
        });
        bump();
    }

    /** Ends the run with an error; no model. */
    public void fail(String why) {
        endWithoutModel(RunStatus.FAILED, why);
    }

    /**
     * Ends the run with no model and the given outcome: an error, or (for a run restored from a
     * project) a divergence before the first epoch finished.
     */
    public void endWithoutModel(RunStatus outcome, String why) {
        if (outcome.isActive()) {
            throw new IllegalArgumentException("a run cannot end as " + outcome);
        }
        this.finishedAt = Instant.now();
        message.set(why);
        status.set(outcome);
        bump();
    }

    /** When the run ended; null while it runs. */
    public Instant finishedAt() {
        return finishedAt;
    }

    /** Sets when the run ended, for a run restored from a project ({@link #finish} stamps the current time). */
    public void restoreFinishTime(Instant when) {
        if (status.get().isActive()) {
            throw new IllegalStateException(name() + " has not ended");
        }
        this.finishedAt = when;
    }

    /** "Run 3". */
    public String name() {
        return "Run " + number;
    }

    /** The settings in one line, e.g. "10 → 128 ReLU → 1 sigmoid (binary cross entropy) · ADAM lr 0.001 · batch 64". */
    public String describe() {
        TrainConfig c = settings.config();
        String network = spec != null ? spec.describe()
                : settings.hiddenWidths() + " " + settings.activation().displayName();
        return network + " · " + c.optimizer() + " lr " + c.learningRate() + " · batch " + c.batchSize();
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

    public ObservableList<EpochStats> epochs() {
        return epochs;
    }

    public ObservableList<CurvePoint> trainLoss() {
        return trainLoss;
    }

    public ObservableList<CurvePoint> validationLoss() {
        return validationLoss;
    }

    /** The per-batch training loss, smoothed; x is the fractional epoch. */
    public ObservableList<CurvePoint> batchLoss() {
        return batchLoss.points();
    }

    public ObservableList<CurvePoint> trainMetric() {
        return trainMetric;
    }

    public ObservableList<CurvePoint> validationMetric() {
        return validationMetric;
    }

    /**
     * Changes when the run's summary (epochs done, best loss, settings) is worth redrawing: at most once
     * a second while it trains, and whenever its status changes — so a table of runs does not repaint
     * at the rate of the curves.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
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
        return recipe;
    }

    /** The validation rows as the run's recipe prepared them (features and targets); null when none were held out. */
    public Prepared validation() {
        return heldOut == null ? null : heldOut.rows();
    }

    /** The validation rows with the model's outputs on them (computed when the run ended); null when none were held out. */
    public HeldOut heldOut() {
        return heldOut;
    }

    /**
     * The decision threshold of each output (binary and multi-label: predicted positive iff
     * {@code p > t}); empty for other tasks and until the run ends.
     */
    public ReadOnlyObjectProperty<List<Double>> thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    /** Chooses new thresholds, one per output, each in [0, 1]; they are what {@link #bundle()} saves. */
    public void setThresholds(List<Double> chosen) {
        if (recipe == null) {
            throw new IllegalStateException(name() + " has not finished");
        }
        List<Double> copy = List.copyOf(chosen);
        if (copy.size() != thresholds.get().size() || copy.stream().anyMatch(t -> !(t >= 0 && t <= 1))) {
            throw new IllegalArgumentException(name() + " needs " + thresholds.get().size()
                    + " threshold(s) between 0 and 1, got " + copy);
        }
        thresholds.set(copy);
    }

    /** The last finished cross-validation of this run's settings (kept with the run and saved in projects), or null. */
    public ReadOnlyObjectProperty<CrossValidationResult> crossValidationProperty() {
        return crossValidation.getReadOnlyProperty();
    }

    /** Keeps {@code result} as this run's cross-validation (replacing an earlier one). */
    public void setCrossValidation(CrossValidationResult result) {
        crossValidation.set(java.util.Objects.requireNonNull(result, "result"));
    }

    /**
     * The run's model as a bundle: network, fitted recipe, the chosen thresholds, and how it was
     * trained, with the data file's name, row count and SHA-256 and the metrics on the validation rows
     * (none when nothing was held out).
     *
     * @throws IllegalStateException when the run has no model ({@link #hasModel()} is false)
     */
    public ModelBundle bundle() {
        return bundleSnapshot().get();
    }

    /**
     * {@link #bundle()} in two halves: the run's state is read now (UI thread, cheap), and the bundle, with
     * its validation metrics, is built when the supplier is called, on any thread (a save's background job).
     *
     * @throws IllegalStateException when the run has no model ({@link #hasModel()} is false)
     */
    public Supplier<ModelBundle> bundleSnapshot() {
        if (!hasModel()) {
            throw new IllegalStateException(name() + " has no model");
        }
        TrainingResult r = result.get();
        HeldOut rows = heldOut;
        FittedRecipe fitted = recipe;
        List<Double> chosen = thresholds.get();
        Instant finished = finishedAt;
        DataSet data = preparation.data();
        return () -> {
            Map<String, Double> metrics = rows == null ? Map.of()
                    : Evaluation.metrics(fitted, rows.outputs(), rows.rows().targets(), chosen);
            TrainingRecord record = new TrainingRecord(settings.config(), settings.validationShare(), r.history(),
                    r.bestEpoch(), r.stopReason(), metrics,
                    new TrainingRecord.TrainingData(data.name(), data.table().rowCount(), data.sha256()));
            return new ModelBundle(r.model(), fitted, chosen, record, finished);
        };
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
