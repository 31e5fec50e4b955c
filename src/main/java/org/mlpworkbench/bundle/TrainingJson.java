package org.mlpworkbench.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.mlpworkbench.train.EpochStats;
import org.mlpworkbench.train.LearningRateSchedule;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.train.TrainConfig;

/**
 * The {@code training} section of {@code model.json}: configuration (every field of
 * {@link TrainConfig}, the schedule as {@code {"type": …, parameters…}}), validation split, outcome,
 * final metrics, the data fingerprint, and the loss history as one list per quantity (epoch-aligned).
 */
public final class TrainingJson {
    private TrainingJson() {
    }

    /** The JSON form of {@code config}, as in {@code model.json}'s {@code training.config} (for other documents, e.g. projects). */
    public static ObjectNode configToJson(TrainConfig config) {
        return config(config);
    }

    /**
     * The configuration in {@code node}, written by {@link #configToJson}.
     *
     * @param file the file named by error messages
     * @param path the field path of {@code node} named by error messages, e.g. {@code runs[2].settings.config}
     * @throws BundleFormatException when a field is missing, ill-typed or out of range
     */
    public static TrainConfig configFromJson(JsonNode node, String file, String path) throws BundleFormatException {
        return config(node, new JsonFields(file), path);
    }

    /** The per-epoch history as one list per quantity, as in {@code model.json}'s {@code training.history}. */
    public static ObjectNode historyToJson(List<EpochStats> history) {
        return history(history);
    }

    /** The history in {@code node}, written by {@link #historyToJson}; errors name {@code file} and {@code path}. */
    public static List<EpochStats> historyFromJson(JsonNode node, String file, String path) throws BundleFormatException {
        return history(node, new JsonFields(file), path);
    }

    static ObjectNode toJson(TrainingRecord record) {
        ObjectNode node = BundleFiles.JSON.createObjectNode();
        node.set("config", config(record.config()));
        node.put("validationSplit", record.validationSplit());
        node.put("epochsRun", record.history().size());
        node.put("bestEpoch", record.bestEpoch());
        node.put("stopReason", JsonFields.name(record.stopReason()));
        ObjectNode metrics = node.putObject("metrics");
        record.metrics().forEach((name, value) -> JsonFields.putNumber(metrics, name, value));
        ObjectNode data = node.putObject("data");
        data.put("file", record.data().file()).put("rows", record.data().rows()).put("sha256", record.data().sha256());
        node.set("history", history(record.history()));
        return node;
    }

    static TrainingRecord fromJson(JsonNode node, JsonFields f) throws BundleFormatException {
        String at = "training";
        JsonNode data = f.object(node, "data", at);
        TrainingRecord.TrainingData fingerprint = new TrainingRecord.TrainingData(f.text(data, "file", at + ".data"),
                f.smallInteger(data, "rows", at + ".data"), f.text(data, "sha256", at + ".data"));
        try {
            return new TrainingRecord(config(f.object(node, "config", at), f, at + ".config"),
                    f.number(node, "validationSplit", at), history(f.object(node, "history", at), f, at + ".history"), f.smallInteger(node, "bestEpoch", at),
                    f.constant(node, "stopReason", at, StopReason.class),
                    ModelJson.metrics(f.object(node, "metrics", at), at + ".metrics", f), fingerprint);
        } catch (IllegalArgumentException e) {
            throw f.fail(at, "is not valid: " + e.getMessage());
        }
    }

    private static ObjectNode config(TrainConfig c) {
        ObjectNode node = BundleFiles.JSON.createObjectNode();
        node.put("epochs", c.epochs()).put("batchSize", c.batchSize()).put("learningRate", c.learningRate());
        node.put("optimizer", JsonFields.name(c.optimizer())).put("momentum", c.momentum()).put("nesterov", c.nesterov());
        node.put("beta1", c.beta1()).put("beta2", c.beta2()).put("epsilon", c.epsilon()).put("weightDecay", c.weightDecay());
        ObjectNode schedule = node.putObject("schedule");
        LearningRateSchedule rate = c.schedule();
        if (rate instanceof LearningRateSchedule.Step s) {
            schedule.put("type", "step").put("everyEpochs", s.everyEpochs()).put("gamma", s.gamma());
        } else if (rate instanceof LearningRateSchedule.Cosine s) {
            schedule.put("type", "cosine").put("minRate", s.minRate());
        } else if (rate instanceof LearningRateSchedule.OneCycle s) {
            schedule.put("type", "one-cycle").put("pctStart", s.pctStart()).put("divFactor", s.divFactor())
                    .put("finalDivFactor", s.finalDivFactor());
        } else if (rate instanceof LearningRateSchedule.Constant) {
            schedule.put("type", "constant");
        } else {
            throw new IllegalArgumentException("the schedule " + rate + " has no JSON form yet");
        }
        node.put("patience", c.patience()).put("seed", c.seed());
        return node;
    }

    private static TrainConfig config(JsonNode n, JsonFields f, String at) throws BundleFormatException {
        try {
            return new TrainConfig(f.smallInteger(n, "epochs", at), f.smallInteger(n, "batchSize", at),
                    f.number(n, "learningRate", at), f.constant(n, "optimizer", at, Optimizer.class),
                    f.number(n, "momentum", at), f.bool(n, "nesterov", at), f.number(n, "beta1", at),
                    f.number(n, "beta2", at), f.number(n, "epsilon", at), f.number(n, "weightDecay", at),
                    schedule(f.object(n, "schedule", at), f, at + ".schedule"), f.smallInteger(n, "patience", at), f.integer(n, "seed", at));
        } catch (IllegalArgumentException e) {
            throw f.fail(at, "is not valid: " + e.getMessage());
        }
    }

    private static LearningRateSchedule schedule(JsonNode n, JsonFields f, String at) throws BundleFormatException {
        String type = f.text(n, "type", at);
        return switch (type) {
            case "constant" -> new LearningRateSchedule.Constant();
            case "step" -> new LearningRateSchedule.Step(f.smallInteger(n, "everyEpochs", at), f.number(n, "gamma", at));
            case "cosine" -> new LearningRateSchedule.Cosine(f.number(n, "minRate", at));
            case "one-cycle" -> new LearningRateSchedule.OneCycle(f.number(n, "pctStart", at), f.number(n, "divFactor", at),
                    f.number(n, "finalDivFactor", at));
            default -> throw f.fail(at + ".type", "is \"" + type + "\"; expected constant, step, cosine or one-cycle");
        };
    }

    private static ObjectNode history(List<EpochStats> history) {
        ObjectNode node = BundleFiles.JSON.createObjectNode();
        node.put("metricName", history.isEmpty() ? "" : history.get(0).metricName());
        column(node, "epoch", history, EpochStats::epoch);
        column(node, "trainLoss", history, EpochStats::trainLoss);
        column(node, "validationLoss", history, EpochStats::validationLoss);
        column(node, "trainMetric", history, EpochStats::trainMetric);
        column(node, "validationMetric", history, EpochStats::validationMetric);
        column(node, "learningRate", history, EpochStats::learningRate);
        column(node, "elapsedMillis", history, EpochStats::elapsedMillis);
        column(node, "samplesPerSecond", history, EpochStats::samplesPerSecond);
        return node;
    }

    private static void column(ObjectNode node, String name, List<EpochStats> history, ToDoubleFunction<EpochStats> value) {
        ArrayNode array = node.putArray(name);
        for (EpochStats e : history) {
            double v = value.applyAsDouble(e);
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && (name.equals("epoch") || name.equals("elapsedMillis"))) {
                array.add((long) v);
            } else {
                JsonFields.addNumber(array, v);
            }
        }
    }

    private static List<EpochStats> history(JsonNode n, JsonFields f, String at) throws BundleFormatException {
        String metricName = f.text(n, "metricName", at);
        List<Double> epoch = f.numbers(n, "epoch", at);
        List<List<Double>> columns = new ArrayList<>();
        for (String name : List.of("trainLoss", "validationLoss", "trainMetric", "validationMetric", "learningRate",
                "elapsedMillis", "samplesPerSecond")) {
            List<Double> values = f.numbers(n, name, at);
            if (values.size() != epoch.size()) {
                throw f.fail(at + "." + name, "has " + values.size() + " entries but epoch has " + epoch.size());
            }
            columns.add(values);
        }
        List<EpochStats> history = new ArrayList<>();
        for (int i = 0; i < epoch.size(); i++) {
            history.add(new EpochStats(epoch.get(i).intValue(), columns.get(0).get(i), columns.get(1).get(i), metricName,
                    columns.get(2).get(i), columns.get(3).get(i), columns.get(5).get(i).longValue(),
                    columns.get(6).get(i), columns.get(4).get(i)));
        }
        return history;
    }
}
