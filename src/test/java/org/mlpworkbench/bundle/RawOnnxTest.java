package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.deploy.ScoreCsv;
import org.mlpworkbench.prep.TargetEncoding;

/**
 * The end-to-end ONNX export run by ONNX Runtime on raw CSV rows — values made missing with every missing
 * token, categories never seen in training — gives what {@code mlpw predict} writes for the same file:
 * every output within 1e-5 (regression: relative to the value) and the same label on every row. Every
 * task, the shipped datasets, and recipes that use every kind of step and option. Prints the largest
 * difference per dataset.
 */
class RawOnnxTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> models() {
        return Stream.of(
                model("titanic", () -> Fixtures.titanic().withThresholds(List.of(0.61)), "titanic/test.csv", ','),
                model("adult", () -> Fixtures.defaults("adult", "adult/train.csv.gz", List.of("income")).withThresholds(List.of(0.35)),
                        "adult/test.csv.gz", ','),
                model("bank", () -> Fixtures.defaults("bank", "bank/bank.csv", List.of("y")).withThresholds(List.of(0.3)),
                        "bank/bank.csv", ';'),
                model("yeast", RawOnnxTest::yeast, "yeast/test.csv", ','),
                model("land-cover (multi-class)", () -> Fixtures.defaults("land", "land-cover.csv", List.of("cover")), "land-cover.csv", ','),
                model("house-prices (regression)", () -> Fixtures.defaults("house", "house-prices.csv", List.of("price_k")),
                        "house-prices.csv", ','),
                model("house-prices, ordinal, unscaled target", () -> Fixtures.housePricesOrdinal(), "house-prices.csv", ','),
                model("loan-approval, every numeric option", () -> Fixtures.loans().withThresholds(List.of(0.55)), "loan-approval.csv", ','),
                model("scene-tags (label sets), 0/1 input", () -> Fixtures.sceneTagsWithCarInput().withThresholds(List.of(0.3, 0.4, 0.5, 0.6)), "scene-tags.csv", ','));
    }

    private static Arguments model(String name, Supplier<ModelBundle> bundle, String data, char separator) {
        return Arguments.of(name, bundle, data, separator);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void onnxRuntimeOnRawRowsGivesWhatMlpwPredictWrites(String name, Supplier<ModelBundle> model, String data, char separator)
            throws Exception {
        ModelBundle bundle = model.get();
        String stem = name.replaceAll("\\W+", "-");
        Path onnx = dir.resolve(stem + ".onnx");
        WeightExport.write(bundle, WeightExport.Format.ONNX, onnx);
        Path raw = RawRows.perturbed(SampleData.file(data), separator, bundle.recipe(), dir.resolve(stem + ".csv"), 17);
        Path predicted = dir.resolve(stem + "-predicted.csv");
        CsvPredictor.predict(bundle, raw, predicted, CsvPredictor.Options.defaults(), CsvPredictor.Listener.NONE);
        List<List<String>> app = RawRows.records(predicted, ',');
        List<Map<String, String>> rows = RawRows.rows(raw, separator);
        ScoreCsv.Scores scores;
        try (ScoreCsv scorer = new ScoreCsv(onnx, 1)) {
            scores = scorer.score(rows);
        }
        assertThat(app).hasSize(rows.size() + 1);
        int k = bundle.recipe().outputNames().size();
        boolean regression = bundle.recipe().target() instanceof TargetEncoding.Regression;
        double worst = 0;
        int mismatches = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = app.get(r + 1);
            for (int j = 0; j < k; j++) {
                double expected = Float.parseFloat(cells.get(j));
                double difference = Math.abs(scores.values()[r][j] - expected) / (regression ? Math.max(1, Math.abs(expected)) : 1);
                worst = Math.max(worst, difference);
            }
            if (!regression && !labels(bundle, scores.labels(), r).equals(cells.subList(k, cells.size()))) {
                mismatches++;
            }
        }
        System.out.printf(Locale.ROOT, "raw ONNX vs mlpw predict, %s: %d rows, max |Δ%s| %.2e, label mismatches %d%n",
                name, rows.size(), regression ? "value|/max(1,|value|)" : "p", worst, mismatches);
        assertThat(worst).as("largest difference").isLessThanOrEqualTo(1e-5);
        assertThat(mismatches).as("rows whose label differs").isZero();
    }

    /** The label cells mlpw predict writes, made from the ONNX label output of row {@code r}. */
    private static List<String> labels(ModelBundle bundle, Object labels, int r) {
        TargetEncoding target = bundle.recipe().target();
        if (labels instanceof String[][] text) {
            return List.of(text[r][0]);
        }
        long[] flags = ((long[][]) labels)[r];
        List<String> cells = new ArrayList<>();
        if (target instanceof TargetEncoding.LabelColumns l) {
            for (int j = 0; j < flags.length; j++) {
                cells.add(flags[j] == 1 ? l.positives().get(j) : flags[j] == 0 ? l.negatives().get(j) : "?");
            }
            return cells;
        }
        TargetEncoding.LabelSets s = (TargetEncoding.LabelSets) target;
        for (int j = 0; j < flags.length; j++) {
            if (flags[j] == 1) {
                cells.add(s.labels().get(j));
            }
        }
        return List.of(String.join(s.delimiter(), cells));
    }

    private static ModelBundle yeast() {
        List<Double> thresholds = new ArrayList<>();
        for (int j = 0; j < 14; j++) {
            thresholds.add(0.2 + 0.04 * j);
        }
        return Fixtures.yeast().withThresholds(thresholds);
    }
}
