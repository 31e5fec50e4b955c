package org.mlpworkbench.ui.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;

/**
 * Benchmark, not a test: saving and opening a Titanic project with three runs (the Train form's
 * defaults, 3 different seeds), against two baselines measured in the same run — saving the three
 * model bundles alone, and reading the CSV alone (which opening must do). Prints medians of 7 and the
 * file size. Run with {@code mvn test -Dtest=ProjectBench -Dmlpw.bench=true}.
 */
@EnabledIfSystemProperty(named = "mlpw.bench", matches = "true")
class ProjectBench {

    private static final int REPEATS = 7;

    @TempDir
    Path dir;

    @Test
    void saveAndOpenATitanicProjectWithThreeRuns() throws Exception {
        Path csv = SampleData.file("titanic/train.csv");
        TestSession a = new TestSession();
        a.data.open(csv);
        for (long seed = 1; seed <= 3; seed++) {
            a.train.form().seed.set(Long.toString(seed));
            a.train.start();
        }
        Path project = dir.resolve("bench.mlpw");
        long[] save = new long[REPEATS];
        long[] bundles = new long[REPEATS];
        long[] open = new long[REPEATS];
        long[] readCsv = new long[REPEATS];
        long[] readFile = new long[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t0 = System.nanoTime();
            a.saveAs(project);
            save[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            for (RunRecord run : a.model.runs()) {
                run.bundleSnapshot().get().save(dir.resolve("run-" + run.number() + "-" + i + ".zip"));
            }
            bundles[i] = System.nanoTime() - t0;
            TestSession b = new TestSession();
            t0 = System.nanoTime();
            b.project.open(project);
            open[i] = System.nanoTime() - t0;
            if (b.model.runs().size() != 3 || !b.problems.isEmpty()) {
                throw new AssertionError("the project did not open: " + b.problems);
            }
            t0 = System.nanoTime();
            ProjectFile.open(project);
            readFile[i] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            DataSet.load(csv);
            readCsv[i] = System.nanoTime() - t0;
        }
        System.out.printf(Locale.ROOT, "%nProject bench: titanic, 3 runs of %s epochs, %s hidden%n",
                a.train.form().epochs.textProperty().get(), a.train.form().hiddenLayers.textProperty().get());
        System.out.printf(Locale.ROOT, "  file size            %,d bytes%n", Files.size(project));
        System.out.printf(Locale.ROOT, "  save project         %.1f ms (3 bundles alone %.1f ms, ratio %.2f)%n",
                median(save), median(bundles), median(save) / median(bundles));
        System.out.printf(Locale.ROOT, "  open project         %.1f ms (read CSV alone %.1f ms, ratio %.2f)%n",
                median(open), median(readCsv), median(open) / median(readCsv));
        System.out.printf(Locale.ROOT, "    of which reading the .mlpw and its 3 models %.1f ms%n", median(readFile));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
