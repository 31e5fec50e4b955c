package org.mlpworkbench.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CsvException;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.ColumnStep.Categorical;
import org.mlpworkbench.prep.ColumnStep.Encoding;
import org.mlpworkbench.prep.ColumnStep.MissingPolicy;
import org.mlpworkbench.prep.ColumnStep.Numeric;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainingControl;

/** Small models trained once per test run on the shipped datasets (few epochs: fast, but real). */
final class Fixtures {
    private static final BundleTrainer.NetworkChoice SMALL = new BundleTrainer.NetworkChoice(List.of(16), Activation.RELU, true, 0, 0);
    private static final Map<String, ModelBundle> MODELS = new ConcurrentHashMap<>();
    private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    static Table table(String relative) {
        return TABLES.computeIfAbsent(relative, r -> {
            try {
                return CsvReader.read(SampleData.file(r)).table();
            } catch (CsvException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Titanic, binary, default recipe, 10 → 16 ReLU → 1, 5 epochs. */
    static ModelBundle titanic() {
        return MODELS.computeIfAbsent("titanic", k -> train("titanic/train.csv", List.of("Survived"), null,
                new BundleTrainer.NetworkChoice(List.of(16), Activation.RELU, true, 0, 0)));
    }

    /** Titanic's Pclass as a three-class target, tanh hidden layers, no bias. */
    static ModelBundle titanicClasses() {
        return MODELS.computeIfAbsent("classes", k -> train("titanic/train.csv", List.of("Pclass"), Task.MULTI_CLASS,
                new BundleTrainer.NetworkChoice(List.of(12, 6), Activation.TANH, false, 0, 0)));
    }

    /** Titanic's Fare as a regression target, GELU. */
    static ModelBundle titanicFare() {
        return MODELS.computeIfAbsent("fare", k -> train("titanic/train.csv", List.of("Fare"), Task.REGRESSION,
                new BundleTrainer.NetworkChoice(List.of(8), Activation.GELU, true, 0, 0)));
    }

    /** Yeast, 14 labels, ELU. */
    static ModelBundle yeast() {
        List<String> labels = java.util.stream.IntStream.rangeClosed(1, 14).mapToObj(i -> "Class" + i).toList();
        return MODELS.computeIfAbsent("yeast", k -> train("yeast/train.csv", labels, null,
                new BundleTrainer.NetworkChoice(List.of(32), Activation.ELU, true, 0.1, 0)));
    }

    /** The default recipe of {@code file} for {@code targets}, 16 ReLU units, cached under {@code name}. */
    static ModelBundle defaults(String name, String file, List<String> targets) {
        return defaults(name, file, targets, SMALL);
    }

    /** The default recipe of {@code file} for {@code targets}, {@code network}, cached under {@code name}. */
    static ModelBundle defaults(String name, String file, List<String> targets, BundleTrainer.NetworkChoice network) {
        return MODELS.computeIfAbsent(name, k -> train(file, targets, null, network));
    }

    /** {@code file} with its default recipe for {@code targets} changed by {@code change}, cached under {@code name}. */
    static ModelBundle custom(String name, String file, List<String> targets, java.util.function.UnaryOperator<Recipe> change) {
        return MODELS.computeIfAbsent(name, k -> train(file, change.apply(Recipe.defaults(table(file), targets).recipe()), SMALL));
    }

    /** Ordinal categories of numbers and of text, a missing category, one-hot numbers, a raw (unstandardized) target. */
    static ModelBundle housePricesOrdinal() {
        return custom("house-custom", "house-prices.csv", List.of("price_k"), recipe -> recipe
                .withStep("rooms", new Categorical(Encoding.ORDINAL, MissingPolicy.MODE))
                .withStep("energy_label", new Categorical(Encoding.ORDINAL, MissingPolicy.AS_CATEGORY))
                .withStep("floor", new Categorical(Encoding.ONE_HOT, 0, MissingPolicy.AS_CATEGORY, List.of()))
                .withStep("garden", new ColumnStep.Bool(true))
                .withStandardizedTargets(false));
    }

    /** Min-max, unscaled, mean and constant fills, indicators, capped and listed categories, a numeric column's missing indicator. */
    static ModelBundle loans() {
        return custom("loans", "loan-approval.csv", List.of("approved"), recipe -> recipe
                .withStep("applicant_id", ColumnStep.MISSING_INDICATOR_ONLY)
                .withStep("age", new Numeric(ColumnStep.Scaling.MIN_MAX, ColumnStep.Imputation.MEAN, 0, true))
                .withStep("income_k", new Numeric(ColumnStep.Scaling.NONE, ColumnStep.Imputation.CONSTANT, 50, true))
                .withStep("credit_years", new Categorical(Encoding.ONE_HOT, 10, MissingPolicy.AS_CATEGORY, List.of()))
                .withStep("employment", new Categorical(Encoding.ORDINAL, 0, MissingPolicy.AS_CATEGORY,
                        List.of("unemployed", "employed", "self-employed")))
                .withStep("home", new Categorical(Encoding.ONE_HOT, 2, MissingPolicy.MODE, List.of()))
                .withStep("prior_default", new ColumnStep.Bool(true))
                .withStep("region", new Categorical(Encoding.ONE_HOT, 0, MissingPolicy.AS_CATEGORY, List.of("east", "west"))));
    }

    /** A label-set target, and a 0/1 column read as a number with a missing indicator. */
    static ModelBundle sceneTagsWithCarInput() {
        return custom("scenes", "scene-tags.csv", List.of("tags"), recipe -> recipe
                .withStep("car", new ColumnStep.Bool(true)));
    }

    private static ModelBundle train(String file, List<String> targets, Task task, BundleTrainer.NetworkChoice network) {
        Recipe recipe = Recipe.defaults(table(file), targets).recipe();
        return train(file, task == null ? recipe : recipe.withTask(task), network);
    }

    private static ModelBundle train(String file, Recipe recipe, BundleTrainer.NetworkChoice network) {
        Table table = table(file);
        try {
            Path path = SampleData.file(file);
            TrainingRecord.TrainingData data = new TrainingRecord.TrainingData(path.getFileName().toString(),
                    table.rowCount(), Sha256.of(path));
            return BundleTrainer.train(table, recipe, network, TrainConfig.adam(1e-2, 5, 64), 0.2, data,
                    TrainedRun.Listener.NONE, TrainingControl.NONE);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
