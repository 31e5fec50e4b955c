package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.model.Activation;
import org.mlpworkbench.model.LossFunction;
import org.mlpworkbench.model.OutputActivation;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Prepared;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.prep.Split;
import org.mlpworkbench.prep.Splits;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.Trainer;
import org.mlpworkbench.train.TrainingControl;
import org.mlpworkbench.train.TrainingListener;
import org.mlpworkbench.train.TrainingResult;

/** Cross-validation with any network, thresholds and a stop, on Titanic (small nets, few epochs). */
class BundleTrainerCrossValidationTest {

    private static final Table TABLE = Fixtures.table("titanic/train.csv");
    private static final Recipe RECIPE = Recipe.defaults(TABLE, List.of("Survived")).recipe();
    private static final TrainConfig CONFIG = TrainConfig.adam(1e-2, 2, 64);
    private static final BundleTrainer.NetworkChoice NET = new BundleTrainer.NetworkChoice(List.of(8), Activation.RELU, true, 0, 0);

    @Test
    void theNetworkChoiceFormIsTheGeneralFormWithItsSpec() {
        var viaChoice = BundleTrainer.crossValidate(TABLE, RECIPE, NET, CONFIG, 0.2, 3, new BundleTrainer.CrossValidationListener() { });
        var general = BundleTrainer.crossValidate(TABLE, RECIPE, NET::spec, CONFIG, 0.2, 3, null,
                new BundleTrainer.CrossValidationListener() { }, TrainingControl.NONE);
        assertThat(general.folds()).isEqualTo(viaChoice.folds());
    }

    @Test
    void eachFoldGetsItsOwnNetworkAndIsScoredAtTheGivenThresholds() {
        List<FittedRecipe> recipes = new ArrayList<>();
        List<Map<String, Double>> expected = new ArrayList<>();
        int[] scoredRows = {0};
        BundleTrainer.CrossValidationListener listener = new BundleTrainer.CrossValidationListener() {
            @Override
            public void foldScored(int fold, FittedRecipe recipe, Matrix outputs, Matrix targets) {
                scoredRows[0] += outputs.rows();
                expected.add(Evaluation.metrics(recipe, outputs, targets, List.of(0.3)));
            }
        };
        var report = BundleTrainer.crossValidate(TABLE, RECIPE, fitted -> {
            recipes.add(fitted);
            return NET.spec(fitted).withOutput(OutputActivation.SIGMOID, LossFunction.MSE);
        }, CONFIG, 0.2, 3, List.of(0.3), listener, TrainingControl.NONE);

        assertThat(recipes).hasSize(3).doesNotHaveDuplicates();
        assertThat(scoredRows[0]).isEqualTo(TABLE.rowCount());
        assertThat(report.folds()).isEqualTo(expected);
    }

    @Test
    void withEarlyStoppingEachFoldWatchesRowsOfItsOwnTrainingPartAndNeverItsScoredRows() {
        TrainConfig stopping = TrainConfig.adam(1e-2, 40, 64).withPatience(2).withSeed(5);
        List<Integer> epochsPerFold = new ArrayList<>(List.of(0, 0, 0));
        var report = BundleTrainer.crossValidate(TABLE, RECIPE, NET::spec, stopping, 0.25, 3, null,
                new BundleTrainer.CrossValidationListener() {
                    @Override
                    public void onEpoch(int fold, org.mlpworkbench.train.EpochStats stats) {
                        epochsPerFold.set(fold - 1, stats.epoch());
                    }
                }, TrainingControl.NONE);

        List<Split> folds = Splits.folds(TABLE, RECIPE, 3, 5);
        for (int f = 0; f < 3; f++) {
            Split fold = folds.get(f);
            Split inner = Splits.within(TABLE, RECIPE, fold.train(), 0.25, 5);
            RecipeFitter.PreparedSplit prepared = RecipeFitter.fitAndApply(TABLE, RECIPE, inner);
            Prepared scored = prepared.recipe().apply(TABLE, fold.validation());
            TrainingResult result = Trainer.train(NET.spec(prepared.recipe()), prepared.train().features(),
                    prepared.train().targets(), prepared.validation().features(), prepared.validation().targets(),
                    stopping, TrainingListener.NONE, TrainingControl.NONE);
            assertThat(result.stopReason()).as("fold %d", f + 1).isEqualTo(StopReason.EARLY_STOPPED);
            assertThat(epochsPerFold.get(f)).isEqualTo(result.history().size());
            Matrix outputs = prepared.recipe().inverseTargets(result.model().predict(scored.features()));
            assertThat(report.folds().get(f)).isEqualTo(Evaluation.metrics(prepared.recipe(), outputs, scored.targets(),
                    ModelBundle.defaultThresholds(prepared.recipe())));
        }
    }

    @Test
    void withoutEarlyStoppingEveryTrainingRowOfAFoldTrains() {
        List<Integer> rowsFitted = new ArrayList<>();
        BundleTrainer.crossValidate(TABLE, RECIPE, fitted -> {
            rowsFitted.add(fitted.fittedRows());
            return NET.spec(fitted);
        }, CONFIG, 0.25, 3, null, new BundleTrainer.CrossValidationListener() { }, TrainingControl.NONE);
        assertThat(rowsFitted).containsExactly(594, 594, 594);
    }

    @Test
    void aLabelMissingFromAFoldsTrainingRowsIsRefusedWithAMessage() {
        int n = 30;
        double[] x = new double[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i * 7) % 11 + 0.5;
            tags[i] = i == 7 ? "a;rare" : i % 2 == 0 ? "a;b" : "b";
        }
        Table table = Table.of("tags.csv", org.mlpworkbench.data.NumericColumn.of("x", x),
                org.mlpworkbench.data.CategoricalColumn.of("tags", tags));
        Recipe recipe = Recipe.defaults(table, List.of("tags")).recipe();

        assertThatThrownBy(() -> BundleTrainer.crossValidate(table, recipe, NET::spec, CONFIG, 0.2, 3, List.of(0.5, 0.5, 0.5),
                new BundleTrainer.CrossValidationListener() { }, TrainingControl.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outputs (tags=a, tags=b)").hasMessageContaining("fewer folds or more rows");
    }

    @Test
    void aStopEndsTheRunWithACancellationAndNoFurtherFold() {
        List<Integer> finished = new ArrayList<>();
        int[] epochs = {0};
        TrainingControl stopAfterTwoEpochs = new TrainingControl() {
            @Override
            public boolean stopRequested() {
                return epochs[0] >= 3;
            }

            @Override
            public void awaitIfPaused() {
            }
        };
        BundleTrainer.CrossValidationListener listener = new BundleTrainer.CrossValidationListener() {
            @Override
            public void onEpoch(int fold, org.mlpworkbench.train.EpochStats stats) {
                epochs[0]++;
            }

            @Override
            public void foldFinished(int fold, Map<String, Double> metrics) {
                finished.add(fold);
            }
        };
        assertThatThrownBy(() -> BundleTrainer.crossValidate(TABLE, RECIPE, NET::spec, CONFIG, 0.2, 3, null, listener,
                stopAfterTwoEpochs)).isInstanceOf(CancellationException.class).hasMessageContaining("fold 2 of 3");
        assertThat(finished).containsExactly(1);
    }
}
