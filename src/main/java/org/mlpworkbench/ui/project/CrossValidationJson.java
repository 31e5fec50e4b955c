package org.mlpworkbench.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.bundle.JsonFields;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.MetricSummary;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.ui.session.CrossValidationResult;

/**
 * A run's {@link CrossValidationResult} in {@code project.json} (docs/project.md): the task, each fold's
 * metrics, their summaries, the thresholds the folds were scored at and, for binary models, each fold's
 * out-of-fold predictions, written exactly (floats as their shortest decimal, targets as 0 and 1).
 */
final class CrossValidationJson {

    private CrossValidationJson() {
    }

    static ObjectNode toJson(CrossValidationResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("task", JsonFields.name(result.task()));
        ArrayNode folds = node.putArray("folds");
        for (Map<String, Double> fold : result.folds()) {
            ObjectNode metrics = folds.addObject();
            fold.forEach((name, value) -> JsonFields.putNumber(metrics, name, value));
        }
        ArrayNode summary = node.putArray("summary");
        for (MetricSummary s : result.summary().values()) {
            ObjectNode m = summary.addObject().put("name", s.name());
            JsonFields.putNumber(m, "mean", s.mean());
            JsonFields.putNumber(m, "std", s.std());
            JsonFields.putNumber(m, "min", s.min());
            JsonFields.putNumber(m, "max", s.max());
            m.put("folds", s.folds());
        }
        ArrayNode thresholds = node.putArray("thresholds");
        result.thresholds().forEach(thresholds::add);
        ArrayNode outOfFold = node.putArray("outOfFold");
        for (int f = 0; f < result.foldOutputs().size(); f++) {
            Matrix outputs = result.foldOutputs().get(f);
            ObjectNode fold = outOfFold.addObject().put("outputs", outputs.cols());
            ArrayNode p = fold.putArray("probabilities");
            for (float v : outputs.data()) {
                p.add(v);
            }
            ArrayNode y = fold.putArray("targets");
            for (float v : result.foldTargets().get(f).data()) {
                y.add((int) v);
            }
        }
        return node;
    }

    static CrossValidationResult fromJson(JsonNode node, JsonFields f, String at) throws BundleFormatException {
        Task task = f.constant(node, "task", at, Task.class);
        List<Map<String, Double>> folds = new ArrayList<>();
        int i = 0;
        for (JsonNode fold : f.array(node, "folds", at)) {
            String foldAt = at + ".folds[" + i++ + "]";
            Map<String, Double> metrics = new LinkedHashMap<>();
            for (var it = fold.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                metrics.put(name, f.number(fold, name, foldAt));
            }
            folds.add(metrics);
        }
        Map<String, MetricSummary> summary = new LinkedHashMap<>();
        i = 0;
        for (JsonNode s : f.array(node, "summary", at)) {
            String sAt = at + ".summary[" + i++ + "]";
            String name = f.text(s, "name", sAt);
            summary.put(name, new MetricSummary(name, f.number(s, "mean", sAt), f.number(s, "std", sAt),
                    f.number(s, "min", sAt), f.number(s, "max", sAt), f.smallInteger(s, "folds", sAt)));
        }
        List<Matrix> outputs = new ArrayList<>();
        List<Matrix> targets = new ArrayList<>();
        i = 0;
        for (JsonNode fold : f.array(node, "outOfFold", at)) {
            String foldAt = at + ".outOfFold[" + i++ + "]";
            int cols = f.smallInteger(fold, "outputs", foldAt);
            JsonNode p = f.array(fold, "probabilities", foldAt);
            JsonNode y = f.array(fold, "targets", foldAt);
            if (cols < 1 || p.size() != y.size() || p.size() % cols != 0) {
                throw f.fail(foldAt, "has " + p.size() + " probabilities and " + y.size() + " targets for "
                        + cols + " output(s)");
            }
            float[] pv = new float[p.size()];
            float[] yv = new float[y.size()];
            for (int k = 0; k < pv.length; k++) {
                if (!p.get(k).isNumber() || !y.get(k).isNumber()) {
                    throw f.fail(foldAt, "has a value that is not a number at position " + k);
                }
                pv[k] = Float.parseFloat(p.get(k).asText());
                yv[k] = (float) y.get(k).asDouble();
            }
            outputs.add(new Matrix(pv.length / cols, cols, pv));
            targets.add(new Matrix(yv.length / cols, cols, yv));
        }
        try {
            return new CrossValidationResult(task, folds, summary, f.numbers(node, "thresholds", at), outputs, targets);
        } catch (IllegalArgumentException e) {
            throw f.fail(at, "is not valid: " + e.getMessage());
        }
    }
}
