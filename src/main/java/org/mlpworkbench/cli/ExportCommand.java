package org.mlpworkbench.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.WeightExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mlpw export}: a saved model's weights as NumPy, JSON or ONNX. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a saved model's network: npz (NumPy / PyTorch load_state_dict), json (architecture, recipe "
                + "and weights as nested arrays), onnx (ONNX Runtime). See docs/bundle.md for each format.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "The model bundle (folder or .zip).")
    Path model;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "npz, json or onnx.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        WeightExport.Format chosen = WeightExport.Format.parse(format);
        Inputs.checkOutput(out, model);
        ModelBundle bundle = Inputs.model(model);
        WeightExport.write(bundle, chosen, out);
        spec.commandLine().getOut().printf("wrote %s (%s, %s, %d parameters)%n", out, chosen.name().toLowerCase(java.util.Locale.ROOT),
                bundle.model().spec().describe(), bundle.model().parameterCount());
        return 0;
    }
}
