package org.mlpworkbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.Evaluation;
import org.mlpworkbench.bundle.ExplainListener;
import org.mlpworkbench.bundle.ExplainRows;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.PartialDependence;
import org.mlpworkbench.bundle.PermutationImportance;
import org.mlpworkbench.prep.Prepared;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mlpw explain}: the permutation importance of every input column of a saved model on a labelled CSV
 * file and, for the columns asked for, the partial dependence of one output, as JSON.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Print a saved model's permutation importance per input column on a CSV file that has the"
                + " target column(s), and optionally partial dependence, as JSON.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LabelledInput input;

    @Option(names = "--repeats", paramLabel = "N", description = "Shuffles per column (default: ${DEFAULT-VALUE}).")
    int repeats = PermutationImportance.Options.DEFAULT_REPEATS;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the shuffles and row samples (default: ${DEFAULT-VALUE}).")
    long seed = PermutationImportance.Options.DEFAULT_SEED;

    @Option(names = "--rows", paramLabel = "N",
            description = "Use at most N rows, a random sample when the file has more (default: ${DEFAULT-VALUE}).")
    int rows = PermutationImportance.Options.DEFAULT_MAX_ROWS;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Decision threshold for every output of a binary or multi-label model (default: the model's own).")
    Double threshold;

    @Option(names = "--partial-dependence", paramLabel = "COLUMN",
            description = "Also print the partial dependence on COLUMN (repeatable).")
    List<String> partialDependence = new ArrayList<>();

    @Option(names = "--output", paramLabel = "NAME",
            description = "The output partial dependence is shown for, e.g. a class or label (default: the first).")
    String output;

    @Override
    public Integer call() throws Exception {
        if (repeats < 1 || rows < 1) {
            throw new UserInputException("--repeats and --rows must be at least 1");
        }
        ModelBundle bundle = Inputs.model(input.model);
        List<Double> thresholds = EvaluateCommand.thresholds(bundle, threshold);
        ModelBundle scored = thresholds == null ? bundle : bundle.withThresholds(thresholds);
        int outputIndex = outputIndex(bundle);
        for (String column : partialDependence) {
            if (bundle.recipe().inputColumns().stream().noneMatch(c -> c.column().equals(column))) {
                throw new UserInputException("--partial-dependence: the model uses no column '" + column + "'; it uses "
                        + String.join(", ", bundle.recipe().requiredColumns()));
            }
        }
        Prepared prepared = Evaluation.labelled(bundle, Inputs.csv(input.data));
        ExplainRows explained = ExplainRows.of(bundle, prepared);
        PermutationImportance importance = PermutationImportance.compute(explained, scored.thresholds(),
                new PermutationImportance.Options(repeats, seed, rows), ExplainListener.NONE);
        ObjectNode root = Output.object();
        root.put("model", input.model.toString()).put("data", input.data.toString()).put("task", bundle.task().label());
        root.put("rows", importance.rows()).put("excludedRows", prepared.excludedRows());
        if (!prepared.message().isEmpty()) {
            root.put("note", prepared.message());
        }
        root.put("repeats", repeats).put("seed", seed);
        ArrayNode t = root.putArray("thresholds");
        scored.thresholds().forEach(t::add);
        root.put("score", importance.score()).put("loss", importance.loss());
        ObjectNode baseline = root.putObject("baseline");
        Output.putNumber(baseline, importance.score(), importance.baselineScore());
        Output.putNumber(baseline, importance.loss(), importance.baselineLoss());
        ArrayNode columns = root.putArray("importance");
        for (PermutationImportance.Column c : importance.columns()) {
            ObjectNode node = columns.addObject().put("column", c.name());
            ArrayNode features = node.putArray("features");
            c.features().forEach(features::add);
            put(node, c.scoreDrop(), c.lossRise());
            if (!importance.outputs().isEmpty()) {
                ObjectNode outputs = node.putObject("outputs");
                for (int j = 0; j < importance.outputs().size(); j++) {
                    put(outputs.putObject(importance.outputs().get(j)), c.outputDrops().get(j), c.outputRises().get(j));
                }
            }
        }
        if (!partialDependence.isEmpty()) {
            ArrayNode curves = root.putArray("partialDependence");
            for (String column : partialDependence) {
                curves.add(json(PartialDependence.compute(explained, column, outputIndex,
                        PartialDependence.DEFAULT_MAX_ROWS, seed, ExplainListener.NONE)));
            }
        }
        Output.print(spec.commandLine().getOut(), root);
        return 0;
    }

    private int outputIndex(ModelBundle bundle) {
        List<String> names = bundle.recipe().outputNames();
        if (output == null) {
            return 0;
        }
        int at = names.indexOf(output);
        if (at < 0) {
            throw new UserInputException("--output: the model has no output '" + output + "'; its outputs are "
                    + String.join(", ", names));
        }
        return at;
    }

    private static void put(ObjectNode node, PermutationImportance.Spread drop, PermutationImportance.Spread rise) {
        spread(node.putObject("scoreDrop"), drop);
        spread(node.putObject("lossRise"), rise);
    }

    private static void spread(ObjectNode node, PermutationImportance.Spread spread) {
        Output.putNumber(node, "mean", spread.mean());
        Output.putNumber(node, "sd", spread.sd());
    }

    private static ObjectNode json(PartialDependence pd) {
        ObjectNode node = Output.object().put("column", pd.column()).put("output", pd.output())
                .put("numeric", pd.numeric()).put("rows", pd.rows());
        ArrayNode points = node.putArray("points");
        for (PartialDependence.Point p : pd.points()) {
            ObjectNode point = points.addObject().put("label", p.label());
            if (pd.numeric()) {
                Output.putNumber(point, "value", p.value());
            }
            Output.putNumber(point, "mean", p.mean());
            Output.putNumber(point, "low", p.low());
            Output.putNumber(point, "high", p.high());
        }
        return node;
    }
}
