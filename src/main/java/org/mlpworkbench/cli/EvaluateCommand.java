package org.mlpworkbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.Evaluation;
import org.mlpworkbench.bundle.ModelBundle;
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

    @Override
    public Integer call() throws Exception {
        ModelBundle bundle = Inputs.model(input.model);
        List<Double> thresholds = thresholds(bundle, threshold);
        Evaluation evaluation = Evaluation.of(bundle, Inputs.csv(input.data), thresholds);
        ObjectNode root = Output.object();
        root.put("model", input.model.toString()).put("data", input.data.toString()).put("task", evaluation.task().label());
        root.put("rows", evaluation.rows()).put("excludedRows", evaluation.excludedRows());
        if (!evaluation.message().isEmpty()) {
            root.put("note", evaluation.message());
        }
        ArrayNode t = root.putArray("thresholds");
        evaluation.thresholds().forEach(t::add);
        root.set("metrics", Output.numbers(evaluation.metrics()));
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
}
