package org.mlpworkbench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.mlpworkbench.bundle.AtomicFiles;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.bundle.Sha256;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.bundle.TrainingRecord;
import org.mlpworkbench.data.FileNames;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.tune.ChosenThresholds;
import org.mlpworkbench.tune.CrossValidationObjective;
import org.mlpworkbench.tune.ExecutorTrialRunner;
import org.mlpworkbench.tune.SearchSpace;
import org.mlpworkbench.tune.SearchSpaceJson;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.tune.TrialParameters;
import org.mlpworkbench.tune.TrialRunner;
import org.mlpworkbench.tune.TuneResult;
import org.mlpworkbench.tune.TuneSettings;
import org.mlpworkbench.tune.TunedModel;
import org.mlpworkbench.tune.Tuner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mlpw tune}: random search with successive halving (docs/tuning.md); one line per finished trial on
 * stderr, the trials, the best settings and the equivalent {@code mlpw train} command as JSON on stdout or
 * in {@code --out}.
 */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = "Hyperparameter search: random configurations from the search space, successive halving "
                + "(the best third of each rung trains three times as long), scored by the task's main metric under "
                + "k-fold cross-validation (one 20 % split above 20,000 rows). One line per trial goes to stderr; the "
                + "result is printed as JSON.")
final class TuneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions input;

    @Option(names = "--folds", paramLabel = "K", defaultValue = "5", description = "Cross-validation folds (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--trials", paramLabel = "N", defaultValue = "0",
            description = "Run exactly N trials (rounds repeat until then); 0 = no limit (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--minutes", paramLabel = "M",
            description = "Start no trial after M minutes (rounds repeat until then). Without --trials and --minutes one round runs.")
    Double minutes;

    @Option(names = "--configurations", paramLabel = "N", defaultValue = "9",
            description = "Configurations drawn per round (default: ${DEFAULT-VALUE}: rungs of 9, 3 and 1 trials).")
    int configurations;

    @Option(names = "--max-epochs", paramLabel = "N", defaultValue = "27",
            description = "Epochs of the last rung; lower rungs train a third, a ninth, ... as long (default: ${DEFAULT-VALUE}).")
    int maxEpochs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the configurations drawn, the folds and every trial's training (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Trials run at once (default: the available processors).")
    Integer threads;

    @Option(names = "--space", paramLabel = "FILE",
            description = "Search space as JSON (docs/tuning.md); fields left out keep the defaults for the data.")
    Path space;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the JSON here instead of stdout.")
    Path out;

    @Option(names = "--model", paramLabel = "DIR",
            description = "After the search, train the best settings on every row and save the model here (a folder or a"
                    + " .zip file), with the thresholds chosen on the best trial's out-of-fold predictions.")
    Path model;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        TuneSettings settings = settings(threadCount);
        String spaceJson = space == null ? null : readSpace();
        if (out != null && Files.exists(out) && Files.exists(input.data) && Files.isSameFile(out, input.data)) {
            throw new UserInputException("--out " + out + " is the --data file; choose another output file");
        }
        if (model != null) {
            ModelBundle.checkTarget(model);
        }
        Table table = Inputs.csv(input.data).table();
        Recipe recipe = input.recipe(table);
        int features = RecipeFitter.fit(table, recipe).featureNames().size();
        SearchSpace defaults = SearchSpace.defaultsFor(table.rowCount(), features);
        SearchSpace chosen = spaceJson == null ? defaults : SearchSpaceJson.read(spaceJson, defaults);
        CrossValidationObjective objective = new CrossValidationObjective(table, recipe, folds);
        err.printf("tune: %s by %s, %d rows, %d features, %d thread%s%n", objective.metric(), objective.description(),
                table.rowCount(), features, threadCount, threadCount == 1 ? "" : "s");
        err.flush();
        TuneResult result;
        ExecutorService pool = threadCount > 1
                ? Executors.newFixedThreadPool(threadCount, ExecutorTrialRunner.daemonThreads("mlpw-trial")) : null;
        try {
            TrialRunner runner = pool == null ? TrialRunner.SEQUENTIAL : new ExecutorTrialRunner(pool, () -> { });
            result = new Tuner(objective, runner).search(chosen, settings, trial -> {
                err.println(line(trial, objective.metric()));
                err.flush();
            }, TrainingControl.NONE);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        err.printf("tune: %d trials in %.1f s (%.1f per minute), stopped: %s%n", result.trials().size(), result.seconds(),
                result.trialsPerMinute(), result.stopReason().label());
        err.flush();
        thresholdsLine(err, result.best(), objective);
        if (model != null && result.best() != null) {
            saveModel(table, recipe, result.best(), err);
        }
        ObjectNode root = json(result, objective, chosen, settings, threadCount);
        if (out == null) {
            Output.print(spec.commandLine().getOut(), root);
        } else {
            byte[] bytes = (Output.JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(out, stream -> stream.write(bytes));
            spec.commandLine().getOut().println("wrote " + out);
        }
        if (model != null && result.best() == null) {
            err.println("tune: no trial was scored, so no model was saved to " + model);
            return 1;
        }
        return 0;
    }

    private static void thresholdsLine(PrintWriter err, Trial best, CrossValidationObjective objective) {
        if (best == null || best.thresholds() == null) {
            return;
        }
        ChosenThresholds t = best.thresholds();
        List<String> names = objective.outputNames();
        StringBuilder line = new StringBuilder("tune: thresholds of trial " + best.number() + " chosen on its out-of-fold predictions:");
        for (int j = 0; j < t.thresholds().size(); j++) {
            line.append(' ').append(j < names.size() ? names.get(j) : "output" + (j + 1)).append(' ').append(number(t.thresholds().get(j)));
        }
        err.println(line);
        err.printf("tune: out-of-fold %s %s at 0.5, %s at these thresholds (chosen on the same rows: optimistic)%n",
                objective.metric(), Output.number(t.pooledScore()), Output.number(t.tunedScore()));
        err.flush();
    }

    private void saveModel(Table table, Recipe recipe, Trial best, PrintWriter err) throws IOException {
        err.printf("tune: training trial %d's settings on all %d rows for %d epochs%n", best.number(), table.rowCount(),
                best.epochs());
        err.flush();
        TrainingRecord.TrainingData data = new TrainingRecord.TrainingData(FileNames.name(input.data), table.rowCount(),
                Sha256.of(input.data));
        ModelBundle bundle = TunedModel.train(table, recipe, best, seed, data, TrainedRun.Listener.NONE, TrainingControl.NONE);
        bundle.save(model);
        err.println("tune: saved " + model + (bundle.thresholds().isEmpty() ? "" : " with thresholds "
                + bundle.thresholds().stream().map(TuneCommand::number).collect(Collectors.joining(","))));
        err.flush();
    }

    private TuneSettings settings(int threadCount) {
        if (folds < 2) {
            throw new UserInputException("--folds must be at least 2, got " + folds);
        }
        if (minutes != null && !(minutes >= 0 && minutes <= 1e6)) {
            throw new UserInputException("--minutes must be between 0 and 1000000, got " + minutes);
        }
        if (threadCount < 1) {
            throw new UserInputException("--threads must be at least 1, got " + threadCount);
        }
        Duration budget = minutes == null ? null : Duration.ofMillis(Math.round(minutes * 60_000));
        return new TuneSettings(configurations, maxEpochs, trials, budget, seed);
    }

    private String readSpace() throws IOException {
        if (!Files.isRegularFile(space)) {
            throw new UserInputException("--space: " + (Files.exists(space) ? space + " is not a regular file" : "no such file: " + space));
        }
        try {
            return Files.readString(space, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserInputException("--space " + space + " is not UTF-8 text");
        }
    }

    private static String line(Trial trial, String metric) {
        String score = trial.scored() ? Output.number(trial.score()) : "failed: " + trial.failure();
        return String.format(Locale.ROOT, "trial %d  round %d rung %d  %d epochs  %s  %s %s  %.1f s", trial.number(),
                trial.bracket(), trial.rung(), trial.epochs(), describe(trial.parameters()), metric, score, trial.seconds());
    }

    private static String describe(TrialParameters p) {
        return "hidden " + widths(p.hidden()) + " " + SearchSpaceJson.name(p.activation()) + " dropout " + number(p.dropout())
                + " decay " + number(p.weightDecay()) + " lr " + number(p.learningRate()) + " batch " + p.batchSize() + " "
                + SearchSpaceJson.name(p.optimizer());
    }

    private static String widths(List<Integer> hidden) {
        return hidden.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private ObjectNode json(TuneResult result, CrossValidationObjective objective, SearchSpace chosen, TuneSettings settings,
                            int threadCount) {
        ObjectNode root = Output.object();
        root.put("data", input.data.toString()).put("task", objective.task().label()).put("metric", result.metric())
                .put("objective", objective.description()).put("folds", objective.singleSplit() ? 1 : folds)
                .put("seed", seed).put("threads", threadCount).put("configurations", settings.configurations())
                .put("maxEpochs", settings.maxEpochs());
        root.set("space", SearchSpaceJson.write(chosen));
        root.put("stopReason", result.stopReason().label());
        Output.putNumber(root, "seconds", result.seconds());
        Output.putNumber(root, "trialsPerMinute", result.trialsPerMinute());
        long foldEpochs = result.trials().stream().mapToLong(t -> (long) t.epochs() * t.foldScores().size()).sum();
        Output.putNumber(root, "foldEpochsPerMinute", result.seconds() > 0 ? foldEpochs / (result.seconds() / 60) : 0);
        List<String> names = objective.outputNames();
        ArrayNode list = root.putArray("trials");
        result.trials().forEach(t -> list.add(trial(t, names)));
        if (result.best() == null) {
            root.putNull("best");
            root.putNull("thresholds");
            root.putNull("trainCommand");
        } else {
            root.set("best", trial(result.best(), names));
            if (result.best().thresholds() == null) {
                root.putNull("thresholds");
            } else {
                root.set("thresholds", thresholds(result.best().thresholds(), names));
            }
            root.put("trainCommand", trainCommand(result.best()));
        }
        if (model != null) {
            root.put("model", result.best() == null ? null : model.toString());
        }
        return root;
    }

    /** The thresholds by output name, in the recipe's output order. */
    private static ObjectNode thresholds(ChosenThresholds chosen, List<String> names) {
        ObjectNode node = Output.object();
        for (int j = 0; j < chosen.thresholds().size(); j++) {
            node.put(j < names.size() ? names.get(j) : "output" + (j + 1), chosen.thresholds().get(j));
        }
        return node;
    }

    private static ObjectNode trial(Trial trial, List<String> names) {
        ObjectNode node = Output.object();
        node.put("number", trial.number()).put("round", trial.bracket()).put("rung", trial.rung()).put("epochs", trial.epochs());
        node.set("parameters", parameters(trial.parameters()));
        Output.putNumber(node, "score", trial.score());
        ArrayNode folds = node.putArray("foldScores");
        trial.foldScores().forEach(folds::add);
        Output.putNumber(node, "seconds", trial.seconds());
        if (trial.failure() != null) {
            node.put("failure", trial.failure());
        }
        if (trial.thresholds() != null) {
            node.set("thresholds", thresholds(trial.thresholds(), names));
            Output.putNumber(node, "outOfFoldScore", trial.thresholds().pooledScore());
            Output.putNumber(node, "outOfFoldScoreAtThresholds", trial.thresholds().tunedScore());
        }
        return node;
    }

    private static ObjectNode parameters(TrialParameters p) {
        ObjectNode node = Output.object();
        ArrayNode hidden = node.putArray("hidden");
        p.hidden().forEach(hidden::add);
        node.put("activation", SearchSpaceJson.name(p.activation())).put("dropout", p.dropout())
                .put("weightDecay", p.weightDecay()).put("learningRate", p.learningRate()).put("batchSize", p.batchSize())
                .put("optimizer", SearchSpaceJson.name(p.optimizer()));
        return node;
    }

    /** The {@code mlpw train} command that trains the best trial's settings on the whole file (every option spelled out). */
    private String trainCommand(Trial best) {
        TrialParameters p = best.parameters();
        List<String> args = new ArrayList<>(List.of("bin/mlpw", "train", "--data", input.data.toString(), "--target",
                String.join(",", input.targets)));
        if (input.task != null) {
            args.addAll(List.of("--task", input.task.name().toLowerCase(Locale.ROOT).replace("_", "")));
        }
        if (!input.drop.isEmpty()) {
            args.addAll(List.of("--drop", String.join(",", input.drop)));
        }
        args.addAll(List.of("--hidden", widths(p.hidden()), "--activation", SearchSpaceJson.name(p.activation()),
                "--dropout", number(p.dropout()), "--epochs", String.valueOf(best.epochs()), "--batch-size",
                String.valueOf(p.batchSize()), "--lr", number(p.learningRate()), "--optimizer",
                SearchSpaceJson.name(p.optimizer())));
        if (p.optimizer() == Optimizer.ADAMW) {
            args.addAll(List.of("--weight-decay", number(p.weightDecay())));
        }
        args.addAll(List.of("--early-stopping", "0", "--seed", String.valueOf(seed), "--out", "tuned-model"));
        return args.stream().map(TuneCommand::quoted).collect(Collectors.joining(" "));
    }

    /** Four significant digits without trailing zeros: 0.5, 0.001235, 3.51e-05, 0. */
    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4g", value).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
