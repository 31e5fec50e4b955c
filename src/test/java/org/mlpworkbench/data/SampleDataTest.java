package org.mlpworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed files in {@code sample-data/} equal a fresh generation, are described in its README, load
 * with the expected types, and are learnable: a ridge-regularised linear probe trained on the first 70% of
 * rows beats the majority (or mean) baseline on the rest.
 */
class SampleDataTest {

    private static final Path DIR = Path.of("sample-data");

    @Test
    void committedFilesEqualAFreshGeneration() throws IOException {
        String readme = Files.readString(DIR.resolve("README.md"));
        for (SampleDataGenerator.Dataset d : SampleDataGenerator.all()) {
            Path file = DIR.resolve(d.file());
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(d.file()).isEqualTo(d.text());
            assertThat(Files.size(file)).as(d.file()).isLessThan(300_000);
            assertThat(readme).contains("`" + d.file() + "`: " + d.description());
        }
    }

    @Test
    void loanApprovalIsALearnableBinaryProblem() throws CsvException {
        Table t = CsvReader.read(DIR.resolve("loan-approval.csv")).table();
        assertThat(t.column("approved").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(t.column("applicant_id").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(t.column("income_k").missingCount()).isPositive();
        double[] y = indicator(t.column("approved"), "yes");
        List<String> inputs = List.of("age", "income_k", "debt_ratio", "credit_years", "employment", "home",
                "prior_default", "region");
        assertBeatsMajority(t, inputs, y, 0.08);
    }

    @Test
    void landCoverIsALearnableMultiClassProblem() throws CsvException {
        Table t = CsvReader.read(DIR.resolve("land-cover.csv")).table();
        CategoricalColumn cover = (CategoricalColumn) t.column("cover");
        assertThat(cover.summary().distinct()).isEqualTo(5);
        List<String> inputs = List.of("red", "green", "blue", "nir", "elevation_m", "slope_deg", "season", "soil");
        Encoded x = encode(t, inputs);
        int split = t.rowCount() * 7 / 10;
        double[][] scores = new double[cover.levels().size()][];
        for (int k = 0; k < scores.length; k++) {
            scores[k] = x.fitPredict(indicator(cover, cover.levels().get(k)), split);
        }
        int right = 0;
        int[] counts = new int[scores.length];
        for (int r = split; r < t.rowCount(); r++) {
            int best = 0;
            for (int k = 1; k < scores.length; k++) {
                best = scores[k][r] > scores[best][r] ? k : best;
            }
            right += best == cover.code(r) ? 1 : 0;
            counts[cover.code(r)]++;
        }
        double majority = (double) Arrays.stream(counts).max().orElseThrow() / (t.rowCount() - split);
        assertThat((double) right / (t.rowCount() - split)).isGreaterThan(majority + 0.3);
    }

    @Test
    void sceneTagsIsALearnableMultiLabelProblem() throws CsvException {
        Table t = CsvReader.read(DIR.resolve("scene-tags.csv")).table();
        List<String> inputs = List.of("brightness", "green_ratio", "grey_ratio", "edge_density", "vertical_lines",
                "skin_tone", "motion_blur", "setting", "time_of_day");
        for (String label : List.of("car", "bicycle", "person", "tree")) {
            assertThat(t.column(label).type()).as(label).isEqualTo(ColumnType.BOOLEAN);
            double[] y = indicator(t.column(label), "1");
            for (int r = 0; r < t.rowCount(); r++) {
                String tags = t.column("tags").text(r);
                boolean listed = tags != null && List.of(tags.split(";")).contains(label);
                assertThat(listed).as("row %d, %s", r, label).isEqualTo(y[r] == 1);
            }
            assertBeatsMajority(t, inputs, y, 0.08);
        }
    }

    @Test
    void housePricesIsALearnableRegressionProblem() throws CsvException {
        Table t = CsvReader.read(DIR.resolve("house-prices.csv")).table();
        assertThat(t.column("price_k").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("floor").missingCount()).isPositive();
        double[] y = ((NumericColumn) t.column("price_k")).values();
        Encoded x = encode(t, List.of("area_m2", "rooms", "age_years", "distance_km", "neighbourhood", "garden",
                "energy_label", "floor"));
        int split = t.rowCount() * 7 / 10;
        double[] p = x.fitPredict(y, split);
        double mean = 0;
        for (int r = 0; r < split; r++) {
            mean += y[r] / split;
        }
        double residual = 0;
        double total = 0;
        for (int r = split; r < y.length; r++) {
            residual += (y[r] - p[r]) * (y[r] - p[r]);
            total += (y[r] - mean) * (y[r] - mean);
        }
        assertThat(1 - residual / total).isGreaterThan(0.6);
    }

    private static void assertBeatsMajority(Table t, List<String> inputs, double[] y, double margin) {
        int split = t.rowCount() * 7 / 10;
        double[] p = encode(t, inputs).fitPredict(y, split);
        int right = 0;
        int ones = 0;
        for (int r = split; r < y.length; r++) {
            right += (p[r] > 0.5) == (y[r] == 1) ? 1 : 0;
            ones += (int) y[r];
        }
        int n = y.length - split;
        double majority = Math.max(ones, n - ones) / (double) n;
        assertThat((double) right / n).isGreaterThan(majority + margin);
    }

    private static double[] indicator(Column c, String value) {
        double[] y = new double[c.size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = value.equals(c.text(r)) ? 1 : 0;
        }
        return y;
    }

    /** Inputs as a design matrix: standardised numbers (missing = 0, the mean), one-hot levels, an intercept. */
    private record Encoded(double[][] x) {
        double[] fitPredict(double[] y, int trainRows) {
            int p = x[0].length;
            double[][] a = new double[p][p + 1];
            for (int r = 0; r < trainRows; r++) {
                for (int i = 0; i < p; i++) {
                    for (int j = 0; j < p; j++) {
                        a[i][j] += x[r][i] * x[r][j];
                    }
                    a[i][p] += x[r][i] * y[r];
                }
            }
            for (int i = 0; i < p; i++) {
                a[i][i] += 1e-3 * trainRows;
            }
            double[] w = solve(a);
            double[] out = new double[x.length];
            for (int r = 0; r < x.length; r++) {
                for (int i = 0; i < p; i++) {
                    out[r] += w[i] * x[r][i];
                }
            }
            return out;
        }

        private static double[] solve(double[][] a) {
            int p = a.length;
            for (int c = 0; c < p; c++) {
                int pivot = c;
                for (int r = c + 1; r < p; r++) {
                    pivot = Math.abs(a[r][c]) > Math.abs(a[pivot][c]) ? r : pivot;
                }
                double[] swap = a[c];
                a[c] = a[pivot];
                a[pivot] = swap;
                for (int r = 0; r < p; r++) {
                    if (r != c) {
                        double f = a[r][c] / a[c][c];
                        for (int k = c; k <= p; k++) {
                            a[r][k] -= f * a[c][k];
                        }
                    }
                }
            }
            double[] w = new double[p];
            for (int i = 0; i < p; i++) {
                w[i] = a[i][p] / a[i][i];
            }
            return w;
        }
    }

    private static Encoded encode(Table t, List<String> inputs) {
        List<double[]> columns = new ArrayList<>();
        columns.add(filled(t.rowCount(), 1));
        for (String name : inputs) {
            Column c = t.column(name);
            if (c instanceof NumericColumn n) {
                ColumnSummary s = n.summary();
                double[] v = new double[n.size()];
                for (int r = 0; r < v.length; r++) {
                    v[r] = n.isMissing(r) ? 0 : (n.value(r) - s.mean()) / s.std();
                }
                columns.add(v);
            } else {
                CategoricalColumn cat = (CategoricalColumn) c;
                for (int level = 1; level < cat.levels().size(); level++) {
                    double[] v = new double[cat.size()];
                    for (int r = 0; r < v.length; r++) {
                        v[r] = cat.code(r) == level ? 1 : 0;
                    }
                    columns.add(v);
                }
            }
        }
        double[][] x = new double[t.rowCount()][columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            for (int r = 0; r < x.length; r++) {
                x[r][j] = columns.get(j)[r];
            }
        }
        return new Encoded(x);
    }

    private static double[] filled(int n, double value) {
        double[] v = new double[n];
        Arrays.fill(v, value);
        return v;
    }
}
