package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.NamedParameter;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.prep.ColumnStep;
import org.mlpworkbench.prep.FittedCategorical;
import org.mlpworkbench.prep.FittedNumeric;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.FittedStep;
import org.mlpworkbench.prep.TargetEncoding;
import org.mlpworkbench.train.StopReason;
import org.mlpworkbench.train.TrainConfig;

/** Permutation importance and partial dependence against cases worked out by hand. */
class ExplainTest {

    /** Columns a (numeric), b (numeric), c (one-hot x/y); logit = wa·a + wb·b + wx·[c=x] + wy·[c=y]. */
    private static ModelBundle linear(float wa, float wb, float wx, float wy) {
        List<FittedStep> steps = List.of(numeric("a"), numeric("b"),
                new FittedCategorical("c", ColumnStep.Encoding.ONE_HOT, ColumnStep.MissingPolicy.AS_CATEGORY,
                        List.of("x", "y"), false, false, null));
        FittedRecipe recipe = new FittedRecipe(steps, new TargetEncoding.Binary("t", "0", "1"), 8);
        MlpSpec spec = MlpSpec.forTask(TaskKind.BINARY, 4, List.of(), 1);
        Mlp model = Mlp.of(spec, List.of(new NamedParameter("layers.0.weight", new int[] {1, 4}, new float[] {wa, wb, wx, wy}),
                new NamedParameter("layers.0.bias", new int[] {1}, new float[] {0})));
        TrainingRecord training = new TrainingRecord(TrainConfig.adam(0.01, 1, 8), 0, List.of(), 0, StopReason.COMPLETED,
                Map.of(), new TrainingRecord.TrainingData("hand.csv", 8, "0"));
        return new ModelBundle(model, recipe, List.of(0.5), training, Instant.EPOCH);
    }

    private static FittedNumeric numeric(String column) {
        return new FittedNumeric(column, ColumnStep.Scaling.STANDARDIZE, ColumnStep.Imputation.MEDIAN, 0, 0, 1, false);
    }

    /** 8 rows: a = ±1 decides the label, b and c vary independently. */
    private static ExplainRows rows(ModelBundle bundle) {
        float[] a = {-1, -1, 1, 1, -1, 1, -1, 1};
        float[] b = {3, -2, 0.5f, 1, -1, 2, 0, -3};
        int[] c = {0, 1, 0, 1, 1, 0, 0, 1};
        float[] features = new float[8 * 4];
        float[] targets = new float[8];
        for (int i = 0; i < 8; i++) {
            features[i * 4] = a[i];
            features[i * 4 + 1] = b[i];
            features[i * 4 + 2 + c[i]] = 1;
            targets[i] = a[i] > 0 ? 1 : 0;
        }
        return new ExplainRows(bundle, new Matrix(8, 4, features), new Matrix(8, 1, targets));
    }

    @Test
    void aColumnTheModelIgnoresHasNoImportanceAtAnyShuffle() {
        ModelBundle bundle = linear(4, 0, 0, 0);
        PermutationImportance result = PermutationImportance.compute(rows(bundle), List.of(0.5),
                new PermutationImportance.Options(10, 3, 1000), ExplainListener.NONE);
        assertThat(result.baselineScore()).isEqualTo(1.0);
        assertThat(result.columns()).extracting(PermutationImportance.Column::name).containsExactly("a", "b", "c");
        for (PermutationImportance.Column ignored : result.columns().subList(1, 3)) {
            assertThat(ignored.scoreDrop()).isEqualTo(new PermutationImportance.Spread(0, 0));
            assertThat(ignored.lossRise()).isEqualTo(new PermutationImportance.Spread(0, 0));
        }
        assertThat(result.columns().get(2).features()).containsExactly("c=x", "c=y");
        assertThat(result.outputs()).isEmpty();
    }

    @Test
    void shufflingTheDecidingColumnLosesTheRowsWhoseSignMoved() {
        ModelBundle bundle = linear(4, 0, 0, 0);
        ExplainRows rows = rows(bundle);
        int repeats = 3;
        PermutationImportance result = PermutationImportance.compute(rows, List.of(0.5),
                new PermutationImportance.Options(repeats, 11, 1000), ExplainListener.NONE);
        // column a is shuffled first, with the first permutations of the seed's stream
        SplittableRandom random = new SplittableRandom(11);
        double[] drops = new double[repeats];
        double[] rises = new double[repeats];
        double baseLoss = -Math.log(1 / (1 + Math.exp(-4)));
        for (int r = 0; r < repeats; r++) {
            int[] order = ExplainRows.permutation(8, random);
            int wrong = 0;
            double loss = 0;
            for (int i = 0; i < 8; i++) {
                boolean moved = rows.features().get(order[i], 0) != rows.features().get(i, 0);
                wrong += moved ? 1 : 0;
                loss += moved ? -Math.log(1 - 1 / (1 + Math.exp(-4))) : baseLoss;
            }
            drops[r] = wrong / 8.0;
            rises[r] = loss / 8 - baseLoss;
        }
        PermutationImportance.Column a = result.columns().get(0);
        assertThat(a.name()).isEqualTo("a");
        double mean = (drops[0] + drops[1] + drops[2]) / 3;
        assertThat(a.scoreDrop().mean()).isCloseTo(mean, within(1e-12));
        double sd = Math.sqrt(((drops[0] - mean) * (drops[0] - mean) + (drops[1] - mean) * (drops[1] - mean)
                + (drops[2] - mean) * (drops[2] - mean)) / 2);
        assertThat(a.scoreDrop().sd()).isCloseTo(sd, within(1e-12));
        assertThat(a.lossRise().mean()).isCloseTo((rises[0] + rises[1] + rises[2]) / 3, within(1e-6));
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedOtherShuffles() {
        ModelBundle bundle = linear(4, 1, -1, 1);
        PermutationImportance.Options options = new PermutationImportance.Options(4, 5, 1000);
        PermutationImportance first = PermutationImportance.compute(rows(bundle), List.of(0.5), options, ExplainListener.NONE);
        PermutationImportance again = PermutationImportance.compute(rows(bundle), List.of(0.5), options, ExplainListener.NONE);
        assertThat(again).isEqualTo(first);
        PermutationImportance other = PermutationImportance.compute(rows(bundle), List.of(0.5),
                new PermutationImportance.Options(4, 6, 1000), ExplainListener.NONE);
        assertThat(other.columns()).isNotEqualTo(first.columns());
    }

    @Test
    void progressCountsEveryShuffleAndCancelStops() {
        ModelBundle bundle = linear(4, 0, 0, 0);
        List<Integer> seen = new ArrayList<>();
        PermutationImportance.compute(rows(bundle), List.of(0.5), new PermutationImportance.Options(2, 1, 1000),
                (done, total) -> seen.add(done * 100 + total));
        assertThat(seen).containsExactly(106, 206, 306, 406, 506, 606);
        assertThatThrownBy(() -> PermutationImportance.compute(rows(bundle), List.of(0.5),
                PermutationImportance.Options.defaults(), new ExplainListener() {
                    @Override
                    public void progress(int done, int total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                })).isInstanceOf(CancellationException.class);
    }

    @Test
    void theRowCapSamplesRows() {
        ModelBundle bundle = linear(4, 0, 0, 0);
        PermutationImportance result = PermutationImportance.compute(rows(bundle), List.of(0.5),
                new PermutationImportance.Options(1, 1, 5), ExplainListener.NONE);
        assertThat(result.rows()).isEqualTo(5);
    }

    @Test
    void partialDependenceOfAnIgnoredColumnIsFlat() {
        ModelBundle bundle = linear(4, 0, 0, 0);
        PartialDependence b = PartialDependence.compute(rows(bundle), "b", 0, 1000, 1, ExplainListener.NONE);
        assertThat(b.numeric()).isTrue();
        assertThat(b.points()).hasSize(PartialDependence.GRID_POINTS);
        double first = b.points().get(0).mean();
        assertThat(b.points()).allSatisfy(p -> assertThat(p.mean()).isEqualTo(first));
        PartialDependence c = PartialDependence.compute(rows(bundle), "c", 0, 1000, 1, ExplainListener.NONE);
        assertThat(c.numeric()).isFalse();
        assertThat(c.points()).extracting(PartialDependence.Point::label).containsExactly("x", "y");
        assertThat(c.points().get(1).mean()).isEqualTo(c.points().get(0).mean());
    }

    @Test
    void partialDependenceIsTheAverageOverRowsWithTheValueSet() {
        ModelBundle bundle = linear(0.5f, 0.3f, -1, 1);
        ExplainRows rows = rows(bundle);
        PartialDependence b = PartialDependence.compute(rows, "b", 0, 1000, 1, ExplainListener.NONE);
        // b ranges over [-3, 3]: the 5th and 95th percentiles of the 8 values, by linear interpolation
        assertThat(b.points().get(0).value()).isCloseTo(-3 + 0.35 * 1, within(1e-6));
        assertThat(b.points().get(19).value()).isCloseTo(2 + 0.65 * 1, within(1e-6));
        for (PartialDependence.Point p : b.points()) {
            double sum = 0;
            for (int i = 0; i < 8; i++) {
                double logit = 0.5 * rows.features().get(i, 0) + 0.3 * p.value() - rows.features().get(i, 2)
                        + rows.features().get(i, 3);
                sum += 1 / (1 + Math.exp(-logit));
            }
            assertThat(p.mean()).isCloseTo(sum / 8, within(1e-5));
            assertThat(p.low()).isLessThanOrEqualTo(p.mean());
            assertThat(p.high()).isGreaterThanOrEqualTo(p.mean());
        }
        assertThat(b.points().get(19).mean()).isGreaterThan(b.points().get(0).mean());
        PartialDependence c = PartialDependence.compute(rows, "c", 0, 1000, 1, ExplainListener.NONE);
        assertThat(c.points().get(0).mean()).isLessThan(c.points().get(1).mean());
        assertThatThrownBy(() -> PartialDependence.compute(rows, "nope", 0, 1000, 1, ExplainListener.NONE))
                .hasMessageContaining("no column 'nope'");
    }

    @Test
    void onATrainedTitanicModelSexIsAmongTheThreeMostImportantColumns() {
        ModelBundle titanic = Fixtures.titanic();
        org.mlpworkbench.prep.Prepared prepared = titanic.recipe().apply(Fixtures.table("titanic/train.csv"));
        PermutationImportance result = PermutationImportance.compute(ExplainRows.of(titanic, prepared),
                titanic.thresholds(), PermutationImportance.Options.defaults(), ExplainListener.NONE);
        List<String> ranking = result.columns().stream().map(PermutationImportance.Column::name).toList();
        assertThat(ranking.subList(0, 3)).as(ranking.toString()).contains("Sex");
        assertThat(result.columns().get(0).scoreDrop().mean()).isGreaterThan(0.05);
        PartialDependence sex = PartialDependence.compute(ExplainRows.of(titanic, prepared), "Sex", 0, 2000, 1,
                ExplainListener.NONE);
        assertThat(sex.points()).extracting(PartialDependence.Point::label).containsExactlyInAnyOrder("male", "female");
        PartialDependence.Point female = sex.points().stream().filter(p -> p.label().equals("female")).findFirst().orElseThrow();
        PartialDependence.Point male = sex.points().stream().filter(p -> p.label().equals("male")).findFirst().orElseThrow();
        assertThat(female.mean()).isGreaterThan(male.mean());
    }

    @Test
    void everyTaskGetsItsScoreAndLossAndMultiLabelModelsTheirLabels() {
        ModelBundle yeast = Fixtures.yeast();
        PermutationImportance labels = PermutationImportance.compute(
                ExplainRows.of(yeast, yeast.recipe().apply(Fixtures.table("yeast/train.csv"))), yeast.thresholds(),
                new PermutationImportance.Options(1, 1, 300), ExplainListener.NONE);
        assertThat(labels.score()).isEqualTo("accuracy");
        assertThat(labels.outputs()).hasSize(14);
        assertThat(labels.columns().get(0).outputDrops()).hasSize(14);
        ModelBundle fare = Fixtures.titanicFare();
        PermutationImportance regression = PermutationImportance.compute(
                ExplainRows.of(fare, fare.recipe().apply(Fixtures.table("titanic/train.csv"))), List.of(),
                new PermutationImportance.Options(2, 1, 1000), ExplainListener.NONE);
        assertThat(regression.score()).isEqualTo("r2");
        assertThat(regression.loss()).isEqualTo("mse");
        assertThat(regression.outputs()).isEmpty();
        assertThat(regression.baselineScore()).isLessThan(1);
        ModelBundle classes = Fixtures.titanicClasses();
        PermutationImportance multiClass = PermutationImportance.compute(
                ExplainRows.of(classes, classes.recipe().apply(Fixtures.table("titanic/train.csv"))), List.of(),
                new PermutationImportance.Options(2, 1, 1000), ExplainListener.NONE);
        assertThat(multiClass.loss()).isEqualTo("log_loss");
        assertThat(multiClass.columns().get(0).name()).isEqualTo("Fare");
    }
}
