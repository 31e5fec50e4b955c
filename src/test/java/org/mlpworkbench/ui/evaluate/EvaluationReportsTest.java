package org.mlpworkbench.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.metrics.ClassScores;
import org.mlpworkbench.metrics.ThresholdPoint;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.TargetEncoding;

/** The toolkit-free reports behind the evaluation panes, against reference values computed here by plain loops. */
class EvaluationReportsTest {

    private static final Random RANDOM = new Random(7);

    private static EvaluationData data(TargetEncoding target, Matrix outputs, Matrix targets) {
        return new EvaluationData("test rows", new FittedRecipe(List.of(), target, outputs.rows()), outputs, targets, 0, "");
    }

    @Test
    void confusionCountsSharesAndScoresMatchAPlainLoop() {
        int n = 400;
        int k = 4;
        float[] p = new float[n * k];
        float[] y = new float[n * k];
        int[] truth = new int[n];
        for (int r = 0; r < n; r++) {
            truth[r] = RANDOM.nextInt(k);
            y[r * k + truth[r]] = 1;
            float sum = 0;
            for (int c = 0; c < k; c++) {
                p[r * k + c] = RANDOM.nextFloat() + (c == truth[r] ? 0.4f : 0);
                sum += p[r * k + c];
            }
            for (int c = 0; c < k; c++) {
                p[r * k + c] /= sum;
            }
        }
        ConfusionReport report = ConfusionReport.of(data(new TargetEncoding.MultiClass("cover", List.of("water", "forest", "urban", "sand")),
                new Matrix(n, k, p), new Matrix(n, k, y)));

        long[][] expected = new long[k][k];
        for (int r = 0; r < n; r++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (p[r * k + c] > p[r * k + best]) {
                    best = c;
                }
            }
            expected[truth[r]][best]++;
        }
        assertThat(report.classes()).containsExactly("water", "forest", "urban", "sand");
        long correct = 0;
        for (int a = 0; a < k; a++) {
            long rowTotal = 0;
            for (int c = 0; c < k; c++) {
                assertThat(report.count(a, c)).as("cell %d,%d", a, c).isEqualTo(expected[a][c]);
                rowTotal += expected[a][c];
            }
            for (int c = 0; c < k; c++) {
                assertThat(report.rowShare(a, c)).isCloseTo((double) expected[a][c] / rowTotal, within(1e-12));
            }
            correct += expected[a][a];
        }
        assertThat(report.accuracy()).isCloseTo((double) correct / n, within(1e-12));
        double f1Sum = 0;
        for (int c = 0; c < k; c++) {
            long predicted = 0;
            long support = 0;
            for (int o = 0; o < k; o++) {
                predicted += expected[o][c];
                support += expected[c][o];
            }
            double precision = (double) expected[c][c] / predicted;
            double recall = (double) expected[c][c] / support;
            ClassScores s = report.perClass().get(c);
            assertThat(s.precision()).isCloseTo(precision, within(1e-12));
            assertThat(s.recall()).isCloseTo(recall, within(1e-12));
            assertThat(s.support()).isEqualTo(support);
            f1Sum += 2 * precision * recall / (precision + recall);
        }
        assertThat(report.macroF1()).isCloseTo(f1Sum / k, within(1e-12));
        double logLoss = 0;
        for (int r = 0; r < n; r++) {
            logLoss -= Math.log(p[r * k + truth[r]]);
        }
        assertThat(report.logLoss()).isCloseTo(logLoss / n, within(1e-5));
        assertThat(report.metricsText()).contains("accuracy\t" + report.accuracy() + "\n")
                .contains("water\t" + expected[0][0] + "\t" + expected[0][1] + "\t" + expected[0][2] + "\t" + expected[0][3] + "\n");
    }

    @Test
    void regressionErrorsAndRSquaredMatchTheirFormulas() {
        int n = 250;
        float[] p = new float[n * 2];
        float[] y = new float[n * 2];
        for (int r = 0; r < n; r++) {
            y[2 * r] = 100 + 40 * (float) RANDOM.nextGaussian();
            p[2 * r] = y[2 * r] + 10 * (float) RANDOM.nextGaussian();
            y[2 * r + 1] = (float) RANDOM.nextGaussian();
            p[2 * r + 1] = 0.3f * y[2 * r + 1] + (float) RANDOM.nextGaussian();
        }
        RegressionReport report = RegressionReport.of(data(new TargetEncoding.Regression(List.of("price", "score"), true,
                List.of(0.0, 0.0), List.of(1.0, 1.0)), new Matrix(n, 2, p), new Matrix(n, 2, y)));

        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (int r = 0; r < n; r++) {
                mean += y[2 * r + j];
            }
            mean /= n;
            double ssRes = 0;
            double ssTot = 0;
            double abs = 0;
            for (int r = 0; r < n; r++) {
                double e = (double) y[2 * r + j] - p[2 * r + j];
                ssRes += e * e;
                abs += Math.abs(e);
                ssTot += ((double) y[2 * r + j] - mean) * ((double) y[2 * r + j] - mean);
                assertThat(report.residuals(j)[r]).isCloseTo(e, within(1e-9));
                assertThat(report.actual(j)[r]).isEqualTo(y[2 * r + j]);
                assertThat(report.predicted(j)[r]).isEqualTo(p[2 * r + j]);
            }
            assertThat(report.metrics().mse(j)).isCloseTo(ssRes / n, within(1e-9 * (1 + ssRes / n)));
            assertThat(report.metrics().rmse(j)).isCloseTo(Math.sqrt(ssRes / n), within(1e-9 * (1 + ssRes)));
            assertThat(report.metrics().mae(j)).isCloseTo(abs / n, within(1e-9 * (1 + abs)));
            assertThat(report.metrics().r2(j)).isCloseTo(1 - ssRes / ssTot, within(1e-9));
        }
        assertThat(report.metrics().r2(0)).isGreaterThan(0.8);
        assertThat(report.metrics().r2(1)).isLessThan(0.3);
        assertThat(report.outputs()).containsExactly("price", "score");
        assertThat(report.metricsText()).startsWith("output\tmse\trmse\tmae\tr2\trows\n")
                .contains("price\t" + report.metrics().mse(0) + "\t").contains("mean of outputs\t");
    }

    @Test
    void rocAreaIsTheShareOfCorrectlyOrderedPairsAndAveragePrecisionTheStepArea() {
        int n = 300;
        float[] p = new float[n];
        float[] y = new float[n];
        for (int r = 0; r < n; r++) {
            y[r] = RANDOM.nextDouble() < 0.35 ? 1 : 0;
            p[r] = Math.round((float) Math.min(1, Math.max(0, 0.35 + 0.25 * y[r] + 0.2 * RANDOM.nextGaussian())) * 50) / 50f;
        }
        CurveReport report = CurveReport.of(Scored.of(data(new TargetEncoding.Binary("approved", "no", "yes"),
                new Matrix(n, 1, p), new Matrix(n, 1, y))));
        CurveReport.Choice c = report.choices().get(0);

        double pairs = 0;
        double ordered = 0;
        int positives = 0;
        for (int i = 0; i < n; i++) {
            positives += (int) y[i];
            for (int j = 0; j < n; j++) {
                if (y[i] == 1 && y[j] == 0) {
                    pairs++;
                    ordered += p[i] > p[j] ? 1 : p[i] == p[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(c.roc().auc()).isCloseTo(ordered / pairs, within(1e-12));
        double ap = 0;
        double previousRecall = 0;
        for (float t : distinctDescending(p)) {
            int tp = 0;
            int predicted = 0;
            for (int i = 0; i < n; i++) {
                if (p[i] >= t) {
                    predicted++;
                    tp += (int) y[i];
                }
            }
            double recall = (double) tp / positives;
            ap += (recall - previousRecall) * tp / predicted;
            previousRecall = recall;
        }
        assertThat(c.pr().averagePrecision()).isCloseTo(ap, within(1e-12));
        assertThat(c.positiveRate()).isCloseTo((double) positives / n, within(1e-12));
        assertThat(CurveReport.rocPoints(c)).first().satisfies(q -> assertThat(q.x() + q.y()).isZero());
        assertThat(CurveReport.rocPoints(c)).last().satisfies(q -> assertThat(q.x() * q.y()).isEqualTo(1.0));

        ThresholdPoint at = CurveReport.operatingPoint(c, List.of(0.5));
        long tp = 0;
        long fp = 0;
        for (int i = 0; i < n; i++) {
            if (p[i] > 0.5) {
                tp += (long) y[i];
                fp += 1 - (long) y[i];
            }
        }
        assertThat(at.tp()).isEqualTo(tp);
        assertThat(at.fp()).isEqualTo(fp);
        assertThat(CurveReport.operatingPoint(c, List.of())).isNull();
        assertThat(report.metricsText()).contains("approved=yes\t" + c.roc().auc() + "\t" + c.pr().averagePrecision()
                + "\t" + positives + "\t" + (n - positives) + "\n");
    }

    private static float[] distinctDescending(float[] values) {
        return toFloats(java.util.stream.IntStream.range(0, values.length).mapToDouble(i -> values[i]).boxed()
                .distinct().sorted(java.util.Comparator.reverseOrder()).mapToDouble(Double::doubleValue).toArray());
    }

    private static float[] toFloats(double[] d) {
        float[] out = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (float) d[i];
        }
        return out;
    }

    @Test
    void multiLabelCurvesOfferEachLabelAndThePoolWhoseOperatingPointNeedsOneThreshold() {
        int n = 200;
        float[] p = new float[n * 3];
        float[] y = new float[n * 3];
        for (int i = 0; i < p.length; i++) {
            y[i] = RANDOM.nextBoolean() ? 1 : 0;
            p[i] = (float) Math.min(1, Math.max(0, 0.3 + 0.4 * y[i] + 0.25 * RANDOM.nextGaussian()));
        }
        CurveReport report = CurveReport.of(Scored.of(data(new TargetEncoding.LabelColumns(List.of("car", "person", "tree"),
                List.of("0", "0", "0"), List.of("1", "1", "1")), new Matrix(n, 3, p), new Matrix(n, 3, y))));

        assertThat(report.choices()).extracting(CurveReport.Choice::name).containsExactly("car", "person", "tree", "all labels pooled");
        long ones = 0;
        for (float v : y) {
            ones += (long) v;
        }
        CurveReport.Choice pooled = report.choices().get(3);
        assertThat(pooled.curve().positives()).isEqualTo(ones);
        assertThat(pooled.curve().total()).isEqualTo(3L * n);
        long labelOnes = 0;
        for (int r = 0; r < n; r++) {
            labelOnes += (long) y[r * 3 + 1];
        }
        assertThat(report.choices().get(1).curve().positives()).isEqualTo(labelOnes);
        assertThat(CurveReport.operatingPoint(pooled, List.of(0.5, 0.4, 0.5))).isNull();
        assertThat(CurveReport.operatingPoint(pooled, List.of(0.4, 0.4, 0.4)).threshold()).isEqualTo(0.4);
        assertThat(CurveReport.operatingPoint(report.choices().get(1), List.of(0.5, 0.4, 0.5)).threshold()).isEqualTo(0.4);
    }

    @Test
    void eachReportRefusesAnotherTask() {
        EvaluationData binary = data(new TargetEncoding.Binary("approved", "no", "yes"),
                new Matrix(2, 1, new float[] {0.2f, 0.8f}), new Matrix(2, 1, new float[] {0, 1}));
        assertThatThrownBy(() -> ConfusionReport.of(binary)).hasMessageContaining("multi-class model, not binary");
        assertThatThrownBy(() -> RegressionReport.of(binary)).hasMessageContaining("regression model, not binary");
        assertThat(MetricFormat.shown(Double.NaN)).isEqualTo("n/a");
        assertThat(MetricFormat.shown(0.84216)).isEqualTo("0.8422");
        assertThat(MetricFormat.shown(12345.67)).isEqualTo("12345.7");
    }
}
