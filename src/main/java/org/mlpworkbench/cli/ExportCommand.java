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
        description = {"Export a saved model for other tools, with its model card beside the file",
                "(--out FILE writes FILE.MODEL.md too).",
                "%nFormats:",
                "  onnx           the whole model for ONNX Runtime: one input per column (text,",
                "                 or float with NaN for missing) -> preprocessing -> network ->",
                "                 outputs probabilities (regression: values) and label.",
                "  onnx-features  the network alone: input \"features\", the preprocessed vector.",
                "  npz            the parameters, for NumPy / PyTorch load_state_dict.",
                "  json           architecture, recipe, thresholds and weights as nested arrays.",
                "%nSee docs/bundle.md (formats) and docs/deploy.md (scoring outside the app).%n"})
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
