package org.mlpworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.ModelCard;
import org.mlpworkbench.bundle.WeightExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpw export}: a saved model as end-to-end ONNX, features-only ONNX, NumPy or JSON, with its model card. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a saved model for other tools, and write its model card <name>.MODEL.md beside --out.",
                "%n  onnx:          the whole model for ONNX Runtime: one input per column (raw text, or numbers"
                        + " with NaN for missing), the preprocessing, the network, and outputs probabilities (regression:"
                        + " values) and label at the model's thresholds.",
                "  onnx-features: the network alone: input \"features\" (the preprocessed vector), output"
                        + " probabilities or values.",
                "  npz:           the parameters for NumPy / PyTorch load_state_dict.",
                "  json:          architecture, recipe, thresholds and weights as nested arrays.",
                "%nSee docs/bundle.md for each format and docs/deploy.md for scoring outside the app.%n"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model bundle (folder or .zip).")
    Path model;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "onnx, onnx-features, npz or json.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        WeightExport.Format chosen = WeightExport.Format.parse(format);
        Inputs.checkOutput(out, model);
        Inputs.checkOutput(ModelCard.besideExport(out), model);
        ModelBundle bundle = Inputs.model(model);
        WeightExport.write(bundle, chosen, out);
        spec.commandLine().getOut().printf("wrote %s (%s, %s, %d parameters) and its model card %s%n", out, chosen.id(),
                bundle.model().spec().describe(), bundle.model().parameterCount(), ModelCard.besideExport(out).getFileName());
        return 0;
    }
}
