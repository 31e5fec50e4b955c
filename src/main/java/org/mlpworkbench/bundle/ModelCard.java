package org.mlpworkbench.bundle;

import org.mlpworkbench.data.FileNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mlpworkbench.prep.FittedBool;
import org.mlpworkbench.prep.FittedCategorical;
import org.mlpworkbench.prep.FittedNumeric;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.prep.TargetEncoding;

/**
 * {@code MODEL.md}, the model card every bundle holds and every export gets beside it: what the model
 * predicts, the columns it expects with their types and what happens to missing and unseen values
 * ({@link CardColumns}), the decision thresholds and where they came from, the validation metrics,
 * the training data's SHA-256, and the exact commands that score the file it describes. Markdown, short,
 * generated from the bundle alone.
 */
public final class ModelCard {
    /** The card's name inside a bundle. */
    public static final String FILE = "MODEL.md";

    private ModelCard() {
    }

    /**
     * Where the card of the export {@code file} goes: beside it, its whole name then {@code .MODEL.md}
     * ({@code titanic.onnx} → {@code titanic.onnx.MODEL.md}), so exports of one model in several formats
     * under one name ({@code titanic.onnx}, {@code titanic.npz}) each keep their own card.
     */
    public static Path besideExport(Path file) {
        return file.resolveSibling(FileNames.name(file) + "." + FILE);
    }

    /** The card of a bundle saved as {@code name} (a folder, or a zip). */
    static String ofBundle(ModelBundle bundle, String name) {
        String model = shell(name);
        return text(bundle, name, "an MLP Workbench model bundle", "```sh\n"
                + "mlpw predict --model " + model + " --data new.csv --out predictions.csv\n"
                + "mlpw export --model " + model + " --format onnx --out model.onnx   # the whole model for ONNX Runtime\n"
                + "```\n\nThe first writes, per row, p(<output>) and the label at the thresholds above (`--id COLUMN` "
                + "copies an ID column; `--format kaggle` writes IDs and labels only). docs/bundle.md has a NumPy + PyTorch "
                + "script that reads this bundle; docs/deploy.md shows the ONNX export in Java, Python and Spark.\n");
    }

    /** The card of the export {@code file} of {@code bundle} in {@code format}. */
    static String ofExport(ModelBundle bundle, WeightExport.Format format, String file) {
        String python = python(file);
        String[] whatAndScoring = switch (format) {
            case ONNX -> new String[] {"the whole model as one ONNX graph (raw columns → outputs and label)", onnxScoring(bundle, file)};
            case ONNX_FEATURES -> new String[] {"the network as an ONNX graph (features → outputs)",
                    "```python\nimport onnxruntime as ort\nsession = ort.InferenceSession(" + python + ")\n"
                    + WeightExport.onnxOutput(bundle.task()) + " = session.run(None, {\"features\": x})[0]\n```\n\n`x` is the float32 "
                    + "matrix [rows, " + bundle.recipe().featureNames().size() + "] the recipe makes from the columns above "
                    + "(the recipe is in the model's metadata, \"recipe\"; docs/recipe.md gives it in Python). To score raw "
                    + "columns instead, export the whole model: `--format onnx`.\n"};
            case NPZ -> new String[] {"the network's parameters as a NumPy archive",
                    "```python\nimport numpy as np\nweights = np.load(" + python + ")   # layers.K.weight [out, in], layers.K.bias\n"
                    + "```\n\nThe parameters only (the network is named above; docs/bundle.md gives the layout); the features "
                    + "come from the recipe (docs/recipe.md). To score raw rows, use the bundle (`mlpw predict`) or the "
                    + "end-to-end ONNX export.\n"};
            case JSON -> new String[] {"the network, its recipe and its thresholds as JSON",
                    "```python\nimport json\nmodel = json.load(open(" + python + "))   # layers, recipe, thresholds\n"
                    + "```\n\nArchitecture, recipe, thresholds and weights as nested arrays (docs/bundle.md). To score raw "
                    + "rows, use the bundle (`mlpw predict`) or the end-to-end ONNX export.\n"};
        };
        return text(bundle, file, whatAndScoring[0], whatAndScoring[1]);
    }

    private static String text(ModelBundle bundle, String file, String what, String scoring) {
        FittedRecipe recipe = bundle.recipe();
        TrainingRecord training = bundle.training();
        StringBuilder card = new StringBuilder();
        card.append("# ").append(file).append(" — ").append(recipe.task().label()).append(" model of ")
                .append(String.join(", ", recipe.target().columns())).append("\n\n")
                .append("`").append(file).append("` is ").append(what).append(", made by ").append(ModelJson.producer())
                .append(" on ").append(bundle.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)).append(". Network: ").append(bundle.model().spec().describe())
                .append(".\n\n## What it predicts\n\n").append(predicts(bundle))
                .append("\n\n## Columns expected\n\n").append(CardColumns.table(recipe))
                .append("\nMissing means an empty field or one of ").append(tokens())
                .append(" (in the ONNX inputs: NaN for a number, one of those texts for text).\n")
                .append("\n## Validation\n\n").append(metrics(training))
                .append("\n\n## Training data\n\n").append(data(training))
                .append("\n\n## Scoring\n\n").append(scoring);
        return card.toString();
    }

    private static String predicts(ModelBundle bundle) {
        TargetEncoding target = bundle.recipe().target();
        List<Double> t = bundle.thresholds();
        boolean plural = t.size() > 1;
        String origin = t.equals(ModelBundle.defaultThresholds(bundle.recipe()))
                ? (plural ? "These are the default, 0.5 each" : "This is the default, 0.5") + ": none was chosen in the Evaluate step."
                : (plural ? "They were" : "It was") + " chosen in the Evaluate step of MLP Workbench (the default is 0.5).";
        if (target instanceof TargetEncoding.Binary b) {
            return "The probability that " + CardColumns.code(b.column()) + " is " + CardColumns.code(b.positive())
                    + ". Label: " + CardColumns.code(b.positive()) + " when that probability is above " + CardColumns.number(t.get(0))
                    + ", else " + CardColumns.code(b.negative()) + ". " + origin;
        }
        if (target instanceof TargetEncoding.MultiClass m) {
            return "One probability per class of " + CardColumns.code(m.column()) + " (" + m.classes().size()
                    + " classes: " + String.join(", ", m.classes().stream().map(CardColumns::code).toList())
                    + "). Label: the most probable class.";
        }
        if (target instanceof TargetEncoding.Regression r) {
            return "The value of " + String.join(", ", r.columns().stream().map(CardColumns::code).toList()) + ", in its own units.";
        }
        List<String> parts = new ArrayList<>();
        List<String> names = bundle.recipe().outputNames();
        for (int j = 0; j < names.size(); j++) {
            parts.add(CardColumns.code(names.get(j)) + " > " + CardColumns.number(t.get(j)));
        }
        return "One probability per label (" + names.size() + "). Each label is on when its probability is above its "
                + "threshold: " + String.join(", ", parts) + ". " + origin;
    }

    private static String tokens() {
        return String.join(", ", OnnxInputs.MISSING_TOKENS.stream().filter(s -> !s.isEmpty()).map(CardColumns::code).toList());
    }

    private static String metrics(TrainingRecord training) {
        if (training.metrics().isEmpty()) {
            return "No metrics were recorded.";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : training.metrics().entrySet()) {
            double v = e.getValue();
            parts.add(e.getKey() + " " + (Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "n/a"));
        }
        String where = training.validationSplit() > 0
                ? "On the " + Math.round(training.validationSplit() * 100) + " % of the rows held out from training"
                : "On the training rows (none were held out)";
        return where + ", as recorded when the model was saved: " + String.join(" · ", parts) + ".";
    }

    private static String data(TrainingRecord training) {
        TrainingRecord.TrainingData d = training.data();
        return CardColumns.code(d.file()) + ", " + d.rows() + " rows, SHA-256 `" + d.sha256() + "` (`sha256sum " + d.file()
                + "` prints the same). Trained for " + training.history().size() + " epochs (" + training.stopReason().name()
                .toLowerCase(Locale.ROOT).replace('_', ' ') + "), seed " + training.config().seed() + ".";
    }

    private static String onnxScoring(ModelBundle bundle, String file) {
        StringBuilder feed = new StringBuilder();
        for (OnnxInputs.Input in : OnnxInputs.of(bundle.recipe())) {
            String value = example(in);
            feed.append("    ").append(python(in.column())).append(": np.array([[").append(value).append("]], dtype=")
                    .append(in.type() == OnnxGraph.Type.FLOAT ? "np.float32" : "object").append("),\n");
        }
        boolean labelled = bundle.task() != Task.REGRESSION;
        return "```sh\njava -cp onnxruntime-1.20.0.jar ScoreCsv.java " + shell(file) + " new.csv > scores.csv   # docs/deploy.md\n```\n\n"
                + "```python\nimport numpy as np, onnxruntime as ort\nsession = ort.InferenceSession(" + python(file) + ")\n"
                + WeightExport.onnxOutput(bundle.task()) + (labelled ? ", label" : "") + " = session.run(None, {\n" + feed
                + "})" + (labelled ? "" : "[0]") + "\n```\n\nOne input per column, shape [rows, 1]; the values above are an "
                + "example row. Outputs: `" + WeightExport.onnxOutput(bundle.task()) + "` [rows, "
                + bundle.recipe().outputNames().size() + "]" + (labelled ? " and `label`, the decision above" : "") + ".\n";
    }

    /** A value of the column for the example call: the fill value, the most frequent category, or missing. */
    private static String example(OnnxInputs.Input in) {
        String value;
        if (in.step() instanceof FittedNumeric n) {
            return CardColumns.number(n.fill());
        } else if (in.step() instanceof FittedBool b) {
            value = b.fill() == 1 ? b.trueValue() : b.falseValue();
        } else if (in.step() instanceof FittedCategorical c && !c.categories().isEmpty()) {
            value = c.categories().get(0);
        } else {
            value = "";
        }
        return in.type() == OnnxGraph.Type.FLOAT ? value : python(value);
    }

    /** A word for a POSIX shell: as it is when safe, else in single quotes. */
    private static String shell(String word) {
        return word.matches("[A-Za-z0-9._/+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static String python(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
