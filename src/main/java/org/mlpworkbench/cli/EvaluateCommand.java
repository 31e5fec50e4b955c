package org.mlpworkbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.CostEvaluation;
import org.mlpworkbench.bundle.Evaluation;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.metrics.ThresholdCosts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpw evaluate}: the task's metrics of a saved model on a CSV file with targets, as JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Print a saved model's metrics on a CSV file that has the target column(s), as JSON.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LabelledInput input;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Decision threshold for every output of a binary or multi-label model (default: the model's own).")
    Double threshold;

    @Option(names = "--costs", paramLabel = "TP,FP,FN,TN",
            description = "What a true positive, false positive, false negative and true negative each cost (a gain is "
                    + "negative), e.g. 0,1,5,0: prints the expected cost per row at the threshold and the cost-optimal "
                    + "threshold (multi-label: the same costs for every label).")
    String costs;

    @Override
    public Integer call() throws Exception {
        ModelBundle bundle = Inputs.model(input.model);
        List<Double> thresholds = thresholds(bundle, threshold);
        ThresholdCosts parsed = costs(bundle, costs);
        CostEvaluation costed = parsed == null ? null : CostEvaluation.of(bundle, Inputs.csv(input.data), thresholds, parsed);
        Evaluation evaluation = costed != null ? costed.evaluation() : Evaluation.of(bundle, Inputs.csv(input.data), thresholds);
        ObjectNode root = Output.object();
        root.put("model", input.model.toString()).put("data", input.data.toString()).put("task", evaluation.task().label());
        root.put("rows", evaluation.rows()).put("excludedRows", evaluation.excludedRows());
        if (!evaluation.message().isEmpty()) {
            root.put("note", evaluation.message());
        }
        ArrayNode t = root.putArray("thresholds");
        evaluation.thresholds().forEach(t::add);
        root.set("metrics", Output.numbers(evaluation.metrics()));
        if (costed != null) {
            root.set("costs", costsJson(costed));
        }
        Output.print(spec.commandLine().getOut(), root);
        return 0;
    }

    /** {@code --threshold T} as one threshold per output, or {@code null} for the model's own. */
    static List<Double> thresholds(ModelBundle bundle, Double threshold) {
        if (threshold == null) {
            return null;
        }
        if (!ModelBundle.usesThresholds(bundle.task())) {
            throw new UserInputException("--threshold applies to binary and multi-label models; this model is "
                    + bundle.task().label());
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new UserInputException("--threshold must be between 0 and 1, got " + threshold);
        }
        return Collections.nCopies(bundle.thresholds().size(), threshold);
    }

    /** {@code --costs TP,FP,FN,TN} as costs, or {@code null} when not given. */
    static ThresholdCosts costs(ModelBundle bundle, String text) {
        if (text == null) {
            return null;
        }
        if (!ModelBundle.usesThresholds(bundle.task())) {
            throw new UserInputException("--costs applies to binary and multi-label models; this model is "
                    + bundle.task().label());
        }
        String[] parts = text.split(",", -1);
        double[] v = new double[4];
        if (parts.length != 4) {
            throw new UserInputException("--costs needs four numbers TP,FP,FN,TN (e.g. 0,1,5,0), got '" + text + "'");
        }
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                v[i] = Double.NaN;
            }
            if (!Double.isFinite(v[i])) {
                throw new UserInputException("--costs: '" + parts[i].trim() + "' (the " + new String[] {"TP", "FP", "FN",
                    "TN"}[i] + " cost) is not a number; write four numbers TP,FP,FN,TN such as 0,1,5,0");
            }
        }
        return new ThresholdCosts(v[0], v[1], v[2], v[3]);
    }

    private static ObjectNode costsJson(CostEvaluation costed) {
        ObjectNode node = Output.object();
        ThresholdCosts c = costed.costs();
        node.put("tp", c.truePositive()).put("fp", c.falsePositive()).put("fn", c.falseNegative()).put("tn", c.trueNegative());
        node.put("expectedCost", costed.expectedCost());
        ArrayNode outputs = node.putArray("outputs");
        for (CostEvaluation.OutputCost o : costed.outputs()) {
            outputs.addObject().put("name", o.name()).put("threshold", o.threshold()).put("expectedCost", o.expectedCost())
                    .put("bestThreshold", o.bestThreshold()).put("bestExpectedCost", o.bestExpectedCost());
        }
        return node;
    }
}
