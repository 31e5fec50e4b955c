package org.mlpworkbench.ui.project;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.session.TuneRecord;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.metrics.ThresholdCosts;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.session.CrossValidationResult;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.session.RunStatus;

/**
 * Everything a project file says about a session, as plain values ({@code project.json}; the runs'
 * models travel beside it as bundles). See {@code docs/project.md}.
 *
 * @param data           the loaded CSV
 * @param recipe         the Prepare step's choices; null when no target was chosen
 * @param form           the Train form's values by name (see {@link FormValues})
 * @param runs           the ended runs, oldest first
 * @param latestModelRun the number of the run whose model Evaluate and Export use; 0 for none
 * @param step           the step shown
 * @param tune           the Tune step's search and its trials; null when none was run (and in files saved before
 *                       the Tune step existed)
 */
public record ProjectDocument(DataRef data, Recipe recipe, Map<String, String> form, List<RunEntry> runs,
                              int latestModelRun, Step step, TuneRecord tune) {

    public ProjectDocument {
        Objects.requireNonNull(data, "data");
        form = Collections.unmodifiableMap(new LinkedHashMap<>(form));
        runs = List.copyOf(runs);
        Objects.requireNonNull(step, "step");
    }

    /** A document without a search. */
    public ProjectDocument(DataRef data, Recipe recipe, Map<String, String> form, List<RunEntry> runs,
                           int latestModelRun, Step step) {
        this(data, recipe, form, runs, latestModelRun, step, null);
    }

    /**
     * A data file: where it was (relative to the project file when it could be, else null, and
     * absolute), its SHA-256 and row count when saved, and the type of every column.
     */
    public record DataRef(String relativePath, String absolutePath, String sha256, int rows,
                          Map<String, ColumnType> columnTypes) {
        public DataRef {
            Objects.requireNonNull(absolutePath, "absolutePath");
            Objects.requireNonNull(sha256, "sha256");
            columnTypes = Collections.unmodifiableMap(new LinkedHashMap<>(columnTypes));
        }
    }

    /**
     * One ended run: its number, settings, the data file (absolute path and SHA-256) and recipe it was
     * trained with, how it ended, its row counts, when it ended, its chosen thresholds, its per-epoch
     * history and smoothed per-batch loss, whether its model is in the project (as
     * {@link ProjectFile#modelEntry(int)}), its cross-validation (null when it has none) and its costs per
     * output (empty when none were set).
     */
    public record RunEntry(int number, RunSettings settings, String dataFile, String dataSha256, Recipe recipe,
                           RunStatus status, String message, int trainRows, int validationRows, Instant finishedAt,
                           List<Double> thresholds, List<EpochStats> history, List<CurvePoint> batchLoss,
                           boolean hasModel, CrossValidationResult crossValidation, List<ThresholdCosts> costs) {
        public RunEntry {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(recipe, "recipe");
            Objects.requireNonNull(status, "status");
            if (status.isActive()) {
                throw new IllegalArgumentException("Run " + number + " is " + status + "; only ended runs are saved");
            }
            thresholds = List.copyOf(thresholds);
            history = List.copyOf(history);
            batchLoss = List.copyOf(batchLoss);
            costs = List.copyOf(costs);
        }
    }
}
