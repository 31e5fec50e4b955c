package org.mlpworkbench.ui.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.bundle.JsonFields;
import org.mlpworkbench.metrics.ThresholdCosts;

/**
 * A run's costs in {@code project.json}: {@code "costs": [{"tp": 0, "fp": 1, "fn": 5, "tn": 0}, …]}, one
 * object per output (binary: one; multi-label: one per label, in the labels' order). The field is written only
 * when costs are set; a file without it (every file written before costs existed) means no costs.
 */
final class CostsJson {

    private CostsJson() {
    }

    /** Writes {@code costs} into {@code run} as its {@code costs} field, unless there are none. */
    static void write(ObjectNode run, List<ThresholdCosts> costs) {
        if (costs.isEmpty()) {
            return;
        }
        ArrayNode list = run.putArray("costs");
        for (ThresholdCosts c : costs) {
            list.addObject().put("tp", c.truePositive()).put("fp", c.falsePositive()).put("fn", c.falseNegative())
                    .put("tn", c.trueNegative());
        }
    }

    /** The costs of {@code run}; none when it has no {@code costs} field. */
    static List<ThresholdCosts> read(JsonNode run, JsonFields f, String at) throws BundleFormatException {
        if (!run.has("costs")) {
            return List.of();
        }
        JsonNode list = f.array(run, "costs", at);
        List<ThresholdCosts> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = at + ".costs[" + i + "]";
            JsonNode c = list.get(i);
            if (!c.isObject()) {
                throw f.fail(path, "must be an object such as {\"tp\": 0, \"fp\": 1, \"fn\": 5, \"tn\": 0}");
            }
            try {
                out.add(new ThresholdCosts(f.number(c, "tp", path), f.number(c, "fp", path), f.number(c, "fn", path),
                        f.number(c, "tn", path)));
            } catch (IllegalArgumentException e) {
                throw f.fail(path, "is not valid: " + e.getMessage());
            }
        }
        return out;
    }
}
