package org.mlpworkbench.bundle;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.train.TrainConfig;

/**
 * How a bundled model was trained: the configuration (with its seed), the validation fraction
 * (0 when none was held out), the per-epoch history, the best epoch and why training stopped, the
 * final metrics (name → value, NaN where undefined) and which data it learned from.
 */
public record TrainingRecord(TrainConfig config, double validationSplit, List<EpochStats> history, int bestEpoch,
                             StopReason stopReason, Map<String, Double> metrics, TrainingData data) {

    /**
     * The training file: its name, the number of rows read from it, and the SHA-256 of its bytes (the
     * value {@code sha256sum FILE} prints), so a model can be traced back to the exact data.
     */
    public record TrainingData(String file, int rows, String sha256) {
        public TrainingData {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    public TrainingRecord {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(stopReason, "stopReason");
        Objects.requireNonNull(data, "data");
        history = List.copyOf(history);
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        if (!(validationSplit >= 0 && validationSplit < 1)) {
            throw new IllegalArgumentException("the validation split must be in [0, 1), got " + validationSplit);
        }
    }
}
