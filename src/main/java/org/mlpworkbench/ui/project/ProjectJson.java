package org.mlpworkbench.ui.project;

import org.mlpworkbench.ui.session.Step;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mlpworkbench.bundle.BundleFormatException;
import org.mlpworkbench.bundle.JsonFields;
import org.mlpworkbench.bundle.TrainingJson;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.model.OutputActivation;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.prep.JsonDocuments;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.session.RunStatus;

/**
 * {@code project.json}: a {@link ProjectDocument} as versioned JSON (docs/project.md). Reading is
 * strict: another format, a newer version, invalid JSON or a missing or ill-typed field is refused with
 * a message naming the file and the field. The training configuration and the epoch history are
 * written exactly as in a model bundle's {@code model.json} ({@link TrainingJson}).
 */
final class ProjectJson {

    static final String FORMAT = "mlp-workbench-project";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonDocuments.mapper();

    private ProjectJson() {
    }

    static String write(ProjectDocument doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", VERSION);
        ObjectNode data = root.putObject("data");
        data.put("relativePath", doc.data().relativePath()).put("absolutePath", doc.data().absolutePath())
                .put("sha256", doc.data().sha256()).put("rows", doc.data().rows());
        ObjectNode types = data.putObject("columnTypes");
        doc.data().columnTypes().forEach((column, type) -> types.put(column, JsonFields.name(type)));
        root.set("recipe", doc.recipe() == null ? null : RecipeChoicesJson.toJson(doc.recipe()));
        ObjectNode form = root.putObject("trainForm");
        doc.form().forEach(form::put);
        ArrayNode runs = root.putArray("runs");
        doc.runs().forEach(run -> run(runs.addObject(), run));
        root.put("latestModelRun", doc.latestModelRun());
        root.put("step", doc.step().name());
        if (doc.tune() != null) {
            root.set("tune", TuneJson.toJson(doc.tune()));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static void run(ObjectNode node, ProjectDocument.RunEntry run) {
        node.put("number", run.number());
        RunSettings s = run.settings();
        ObjectNode settings = node.putObject("settings");
        settings.put("task", JsonFields.name(s.task()));
        ArrayNode hidden = settings.putArray("hiddenLayers");
        s.hiddenWidths().forEach(hidden::add);
        settings.put("activation", JsonFields.name(s.activation())).put("output", JsonFields.name(s.output()))
                .put("loss", JsonFields.name(s.loss())).put("bias", s.bias()).put("dropout", s.dropout())
                .put("validationShare", s.validationShare());
        settings.set("config", TrainingJson.configToJson(s.config()));
        node.putObject("data").put("file", run.dataFile()).put("sha256", run.dataSha256());
        node.set("recipe", RecipeChoicesJson.toJson(run.recipe()));
        node.put("status", JsonFields.name(run.status())).put("message", run.message())
                .put("trainRows", run.trainRows()).put("validationRows", run.validationRows())
                .put("finishedAt", run.finishedAt() == null ? null : run.finishedAt().toString());
        ArrayNode thresholds = node.putArray("thresholds");
        run.thresholds().forEach(thresholds::add);
        node.set("history", TrainingJson.historyToJson(run.history()));
        ObjectNode batch = node.putObject("batchLoss");
        ArrayNode x = batch.putArray("x");
        ArrayNode y = batch.putArray("y");
        for (CurvePoint p : run.batchLoss()) {
            JsonFields.addNumber(x, p.x());
            JsonFields.addNumber(y, p.y());
        }
        node.put("model", run.hasModel() ? ProjectFile.modelEntry(run.number()) : null);
        if (run.crossValidation() != null) {
            node.set("crossValidation", CrossValidationJson.toJson(run.crossValidation()));
        }
        CostsJson.write(node, run.costs());
    }

    /** Reads the document in {@code json}; {@code file} names the project file in messages. */
    static ProjectDocument read(String json, String file) throws BundleFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new BundleFormatException(file + ": " + ProjectFile.PROJECT_JSON + " is damaged (not valid JSON"
                    + where + ": " + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new BundleFormatException(file + ": " + ProjectFile.PROJECT_JSON + " is damaged (it is not a JSON object)");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new BundleFormatException(file + " is not an MLP Workbench project (the \"format\" of "
                    + ProjectFile.PROJECT_JSON + " is " + root.path("format") + ", expected \"" + FORMAT + "\")");
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isIntegralNumber() || version.asInt() < 1) {
            throw new BundleFormatException(file + ": " + ProjectFile.PROJECT_JSON + " has no valid formatVersion (found "
                    + version + ")");
        }
        if (version.asInt() > VERSION) {
            throw new BundleFormatException(file + " was saved in project format version " + version.asInt()
                    + ", newer than this MLP Workbench reads (" + VERSION + "); update MLP Workbench to open it");
        }
        String source = file + ": " + ProjectFile.PROJECT_JSON;
        JsonFields f = new JsonFields(source);
        JsonNode data = f.object(root, "data", "");
        Map<String, ColumnType> types = new LinkedHashMap<>();
        JsonNode typeNode = f.object(data, "columnTypes", "data");
        for (var it = typeNode.fieldNames(); it.hasNext(); ) {
            String column = it.next();
            types.put(column, f.constant(typeNode, column, "data.columnTypes", ColumnType.class));
        }
        ProjectDocument.DataRef ref = new ProjectDocument.DataRef(
                data.path("relativePath").isNull() ? null : f.text(data, "relativePath", "data"),
                f.text(data, "absolutePath", "data"), f.text(data, "sha256", "data"), f.smallInteger(data, "rows", "data"),
                types);
        Recipe recipe = f.node(root, "recipe", "").isNull() ? null
                : RecipeChoicesJson.fromJson(f.object(root, "recipe", ""), f, "recipe");
        Map<String, String> form = new LinkedHashMap<>();
        JsonNode formNode = f.object(root, "trainForm", "");
        for (var it = formNode.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            form.put(name, f.text(formNode, name, "trainForm"));
        }
        List<ProjectDocument.RunEntry> runs = new ArrayList<>();
        int i = 0;
        for (JsonNode r : f.array(root, "runs", "")) {
            runs.add(run(r, f, source, "runs[" + i++ + "]"));
        }
        return new ProjectDocument(ref, recipe, form, runs, f.smallInteger(root, "latestModelRun", ""),
                step(f.text(root, "step", "")), root.has("tune") && !root.get("tune").isNull()
                        ? TuneJson.fromJson(f.object(root, "tune", ""), f, "tune") : null);
    }

    /** The step saved by name; a name this version does not know (or none) opens on the Data step. */
    private static Step step(String name) {
        return java.util.Arrays.stream(Step.values()).filter(s -> s.name().equals(name)).findFirst().orElse(Step.DATA);
    }

    private static ProjectDocument.RunEntry run(JsonNode r, JsonFields f, String source, String at) throws BundleFormatException {
        JsonNode s = f.object(r, "settings", at);
        String st = at + ".settings";
        List<Integer> hidden = f.smallIntegers(s, "hiddenLayers", st);
        RunSettings settings;
        try {
            settings = new RunSettings(f.constant(s, "task", st, TaskKind.class), hidden,
                    f.constant(s, "activation", st, Activation.class), f.constant(s, "output", st, OutputActivation.class),
                    f.constant(s, "loss", st, LossFunction.class), f.bool(s, "bias", st), f.number(s, "dropout", st),
                    TrainingJson.configFromJson(f.object(s, "config", st), source, st + ".config"),
                    f.number(s, "validationShare", st));
        } catch (IllegalArgumentException e) {
            throw f.fail(st, "is not valid: " + e.getMessage());
        }
        JsonNode data = f.object(r, "data", at);
        Recipe recipe = RecipeChoicesJson.fromJson(f.object(r, "recipe", at), f, at + ".recipe");
        List<CurvePoint> batch = new ArrayList<>();
        JsonNode batchNode = f.object(r, "batchLoss", at);
        List<Double> x = f.numbers(batchNode, "x", at + ".batchLoss");
        List<Double> y = f.numbers(batchNode, "y", at + ".batchLoss");
        if (x.size() != y.size()) {
            throw f.fail(at + ".batchLoss", "has " + x.size() + " x values but " + y.size() + " y values");
        }
        for (int k = 0; k < x.size(); k++) {
            batch.add(new CurvePoint(x.get(k), y.get(k)));
        }
        int number = f.smallInteger(r, "number", at);
        RunStatus status = f.constant(r, "status", at, RunStatus.class);
        if (status.isActive()) {
            throw f.fail(at + ".status", "is \"" + JsonFields.name(status) + "\"; a saved run has ended");
        }
        try {
            return new ProjectDocument.RunEntry(number, settings, f.text(data, "file", at + ".data"),
                    f.text(data, "sha256", at + ".data"), recipe, status, f.text(r, "message", at),
                    f.smallInteger(r, "trainRows", at), f.smallInteger(r, "validationRows", at),
                    r.path("finishedAt").isNull() ? null : Instant.parse(f.text(r, "finishedAt", at)),
                    f.numbers(r, "thresholds", at), TrainingJson.historyFromJson(f.object(r, "history", at), source,
                    at + ".history"), batch, !f.node(r, "model", at).isNull(),
                    r.has("crossValidation") ? CrossValidationJson.fromJson(f.object(r, "crossValidation", at), f,
                            at + ".crossValidation") : null, CostsJson.read(r, f, at));
        } catch (DateTimeParseException e) {
            throw f.fail(at + ".finishedAt", "is not a time such as 2026-01-31T12:00:00Z");
        }
    }
}
