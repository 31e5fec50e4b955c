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
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.tune.ChosenThresholds;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.tune.TrialParameters;
import org.mlpworkbench.ui.session.TuneRecord;

/**
 * The Tune step's search in {@code project.json} (docs/project.md): the Tune form's values, the metric, how the
 * search ended and every finished trial with its parameters, fold scores, score (null when it failed), time and
 * the thresholds chosen on its out-of-fold predictions (binary and multi-label; absent in older files), numbers written as their shortest exact decimal.
 */
final class TuneJson {

    private TuneJson() {
    }

    static ObjectNode toJson(TuneRecord record) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode form = node.putObject("form");
        record.form().forEach(form::put);
        node.put("metric", record.metric()).put("ended", record.ended());
        ArrayNode trials = node.putArray("trials");
        for (Trial t : record.trials()) {
            ObjectNode trial = trials.addObject();
            trial.put("number", t.number()).put("round", t.bracket()).put("rung", t.rung()).put("epochs", t.epochs());
            TrialParameters p = t.parameters();
            ObjectNode parameters = trial.putObject("parameters");
            ArrayNode hidden = parameters.putArray("hidden");
            p.hidden().forEach(hidden::add);
            parameters.put("activation", JsonFields.name(p.activation())).put("dropout", p.dropout())
                    .put("weightDecay", p.weightDecay()).put("learningRate", p.learningRate())
                    .put("batchSize", p.batchSize()).put("optimizer", JsonFields.name(p.optimizer()));
            ArrayNode folds = trial.putArray("foldScores");
            t.foldScores().forEach(v -> JsonFields.addNumber(folds, v));
            JsonFields.putNumber(trial, "score", t.score());
            JsonFields.putNumber(trial, "seconds", t.seconds());
            trial.put("failure", t.failure());
            if (t.thresholds() != null) {
                ObjectNode chosen = trial.putObject("thresholds");
                ArrayNode values = chosen.putArray("values");
                t.thresholdValues().forEach(v -> JsonFields.addNumber(values, v));
                JsonFields.putNumber(chosen, "pooledScore", t.thresholds().pooledScore());
                JsonFields.putNumber(chosen, "tunedScore", t.thresholds().tunedScore());
            }
        }
        return node;
    }

    static TuneRecord fromJson(JsonNode node, JsonFields f, String at) throws BundleFormatException {
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode formNode = f.object(node, "form", at);
        for (var it = formNode.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            form.put(name, f.text(formNode, name, at + ".form"));
        }
        List<Trial> trials = new ArrayList<>();
        int i = 0;
        for (JsonNode t : f.array(node, "trials", at)) {
            String here = at + ".trials[" + i++ + "]";
            JsonNode p = f.object(t, "parameters", here);
            String ph = here + ".parameters";
            int batch = f.smallInteger(p, "batchSize", ph);
            List<Integer> hidden = f.smallIntegers(p, "hidden", ph);
            if (hidden.isEmpty() || hidden.stream().anyMatch(w -> w < 1) || batch < 1) {
                throw f.fail(ph, "needs at least one hidden width and widths and a batch size of at least 1");
            }
            TrialParameters parameters = new TrialParameters(hidden, f.constant(p, "activation", ph, Activation.class),
                    f.number(p, "dropout", ph), f.number(p, "weightDecay", ph), f.number(p, "learningRate", ph),
                    batch, f.constant(p, "optimizer", ph, Optimizer.class));
            JsonNode failure = t.path("failure");
            trials.add(new Trial(f.smallInteger(t, "number", here), f.smallInteger(t, "round", here),
                    f.smallInteger(t, "rung", here), f.smallInteger(t, "epochs", here), parameters,
                    f.numbers(t, "foldScores", here), f.number(t, "score", here), f.number(t, "seconds", here),
                    failure.isTextual() ? failure.asText() : null, thresholds(t, f, here)));
        }
        return new TuneRecord(form, f.text(node, "metric", at), trials, f.text(node, "ended", at));
    }

    /** A trial's chosen thresholds, or null for a file written before trials carried them (or none chosen). */
    private static ChosenThresholds thresholds(JsonNode trial, JsonFields f, String at) throws BundleFormatException {
        JsonNode node = trial.path("thresholds");
        if (!node.isObject()) {
            return null;
        }
        String here = at + ".thresholds";
        List<Double> values = f.numbers(node, "values", here);
        if (values.isEmpty() || values.stream().anyMatch(v -> !(v >= 0 && v <= 1))) {
            throw f.fail(here, "needs one threshold in [0, 1] per output");
        }
        return new ChosenThresholds(values, f.number(node, "pooledScore", here), f.number(node, "tunedScore", here));
    }
}
