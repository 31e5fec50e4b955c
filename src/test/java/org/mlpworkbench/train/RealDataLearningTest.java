package org.mlpworkbench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.prep.Splits;

/**
 * The engine learns real problems through the real data layer and preprocessing: the classic Titanic
 * notebook net, and yeast multi-label on its separate test file. Figures are mean((p > 0.5) == target),
 * computed here independently of the metrics package.
 */
class RealDataLearningTest {

    @Test
    void titanicClassicNetReachesSeventyEightPercentValidationAccuracy() throws Exception {
        Table table = CsvReader.read(SampleData.file("titanic/train.csv")).table();
        Recipe recipe = Recipe.defaults(table, List.of("Survived")).recipe();
        RecipeFitter.PreparedSplit split = RecipeFitter.fitAndApply(table, recipe,
                Splits.trainValidation(table, recipe, 0.2, 42));
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, split.train().features().cols(), List.of(128), 1)
                .withBias(false);
        TrainingResult result = Trainer.train(spec, split.train().features(), split.train().targets(),
                split.validation().features(), split.validation().targets(),
                TrainConfig.adam(1e-3, 100, 64).withSeed(42), TrainingListener.NONE, TrainingControl.NONE);

        double accuracy = accuracyAtHalf(result.model().predict(split.validation().features()),
                split.validation().targets());
        assertThat(split.validation().features().rows()).isBetween(170, 185);
        System.out.printf("titanic classic net: validation accuracy %.4f on %d rows%n", accuracy, split.validation().features().rows());
        assertThat(accuracy).isGreaterThanOrEqualTo(0.78);
    }

    @Test
    void yeastMultiLabelBeatsHammingLossOfPointTwoOneOnItsTestFile() throws Exception {
        Table train = CsvReader.read(SampleData.file("yeast/train.csv")).table();
        Table test = CsvReader.read(SampleData.file("yeast/test.csv")).table();
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            labels.add("Class" + i);
        }
        FittedRecipe recipe = RecipeFitter.fit(train, Recipe.defaults(train, labels).recipe());
        Matrix xTrain = recipe.apply(train).features();
        Matrix yTrain = recipe.apply(train).targets();
        Matrix xTest = recipe.apply(test).features();
        Matrix yTest = recipe.apply(test).targets();
        assertThat(xTrain.cols()).isEqualTo(103);
        assertThat(yTest.cols()).isEqualTo(14);

        MlpSpec spec = MlpSpec.forTask(TaskKind.MULTI_LABEL, 103, List.of(128), 14).withDropout(0.2);
        TrainingResult result = Trainer.train(spec, xTrain, yTrain, null, null,
                TrainConfig.adam(1e-3, 40, 32).withSeed(7), TrainingListener.NONE, TrainingControl.NONE);

        double hamming = 1.0 - accuracyAtHalf(result.model().predict(xTest), yTest);
        double allZeros = 1.0 - accuracyAtHalf(Matrix.zeros(yTest.rows(), yTest.cols()), yTest);
        System.out.printf("yeast: test Hamming loss %.4f (all zeros %.4f)%n", hamming, allZeros);
        assertThat(allZeros).isCloseTo(0.303, org.assertj.core.data.Offset.offset(0.005));
        assertThat(hamming).isLessThanOrEqualTo(0.21);
    }

    @Test
    void learningRateFinderSuggestsAUsableRateOnTitanic() throws Exception {
        Table table = CsvReader.read(SampleData.file("titanic/train.csv")).table();
        Recipe recipe = Recipe.defaults(table, List.of("Survived")).recipe();
        RecipeFitter.PreparedSplit split = RecipeFitter.fitAndApply(table, recipe,
                Splits.trainValidation(table, recipe, 0.2, 42));
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, split.train().features().cols(), List.of(128), 1);
        LrFinderResult result = LearningRateFinder.find(spec, split.train().features(), split.train().targets(),
                TrainConfig.adam(1e-3, 1, 64).withSeed(42));
        System.out.printf("titanic learning-rate finder suggests %.3g%n", result.suggestedRate());
        // Early in the sweep the smoothed loss is noise; a suggestion from there (1e-7 .. 1e-6) trains nothing.
        assertThat(result.suggestedRate()).isBetween(1e-4, 1.0);
    }

    private static double accuracyAtHalf(Matrix probabilities, Matrix targets) {
        int right = 0;
        float[] p = probabilities.data();
        float[] y = targets.data();
        for (int i = 0; i < p.length; i++) {
            if ((p[i] > 0.5f) == (y[i] > 0.5f)) {
                right++;
            }
        }
        return right / (double) p.length;
    }
}
