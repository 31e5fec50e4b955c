package org.mlpworkbench.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.Task;
import org.mlpworkbench.train.TrainingControl;

/**
 * Real training: trials on several threads at once give bit-identical scores to the same trials one after
 * another (each trial trains its own network on its own prepared rows; the shared table is only read).
 */
class ParallelTrialsTest {

    /** A thread pool runner as a caller would write one. */
    private static final class PoolRunner implements TrialRunner {
        private final ExecutorService pool = Executors.newFixedThreadPool(3);

        @Override
        public <T> List<T> runAll(List<Supplier<T>> trials) {
            List<Future<T>> futures = new ArrayList<>();
            trials.forEach(t -> futures.add(pool.submit(t::get)));
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    results.add(f.get());
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
            return results;
        }
    }

    private static final Path TITANIC = SampleData.FOLDER.resolve("titanic/train.csv");

    /** Titanic's training rows, repeated {@code times} times (header once). */
    static Table titanic(Path folder, int times) throws Exception {
        List<String> lines = Files.readAllLines(TITANIC, StandardCharsets.UTF_8);
        List<String> repeated = new ArrayList<>(lines.subList(0, 1));
        for (int i = 0; i < times; i++) {
            repeated.addAll(lines.subList(1, lines.size()));
        }
        Path file = folder.resolve("titanic-x" + times + ".csv");
        Files.write(file, repeated, StandardCharsets.UTF_8);
        return CsvReader.read(file).table();
    }

    @Test
    void parallelTrialsScoreExactlyAsSequentialOnes() throws Exception {
        Table table = CsvReader.read(TITANIC).table();
        Recipe recipe = Recipe.defaults(table, List.of("Survived")).recipe();
        CrossValidationObjective objective = new CrossValidationObjective(table, recipe, 3);
        SearchSpace space = SearchSpace.defaultsFor(891, 11).withHidden(List.of(List.of(4), List.of(8), List.of(6, 3)));
        TuneSettings settings = new TuneSettings(6, 6, 0, null, 11);

        TuneResult sequential = new Tuner(objective, TrialRunner.SEQUENTIAL).search(space, settings, TuneListener.NONE,
                TrainingControl.NONE);
        PoolRunner pool = new PoolRunner();
        TuneResult parallel;
        try {
            parallel = new Tuner(objective, pool).search(space, settings, TuneListener.NONE, TrainingControl.NONE);
        } finally {
            pool.pool.shutdownNow();
        }
        TuneResult again = new Tuner(objective, TrialRunner.SEQUENTIAL).search(space, settings, TuneListener.NONE,
                TrainingControl.NONE);

        assertThat(objective.task()).isEqualTo(Task.BINARY);
        assertThat(objective.metric()).isEqualTo("accuracy");
        assertThat(sequential.trials()).hasSize(8).allSatisfy(t -> {
            assertThat(t.foldScores()).hasSize(3);
            assertThat(t.score()).isBetween(0.0, 1.0);
        });
        for (TuneResult other : List.of(parallel, again)) {
            assertThat(other.trials()).extracting(Trial::parameters)
                    .containsExactlyElementsOf(sequential.trials().stream().map(Trial::parameters).toList());
            assertThat(other.trials()).extracting(Trial::foldScores)
                    .containsExactlyElementsOf(sequential.trials().stream().map(Trial::foldScores).toList());
        }
        assertThat(parallel.best().number()).isEqualTo(sequential.best().number());
    }

    @Test
    void theMetricIsTheTasksMain() {
        assertThat(CrossValidationObjective.metricFor(Task.BINARY)).isEqualTo("accuracy");
        assertThat(CrossValidationObjective.metricFor(Task.MULTI_CLASS)).isEqualTo("accuracy");
        assertThat(CrossValidationObjective.metricFor(Task.MULTI_LABEL)).isEqualTo("label_accuracy");
        assertThat(CrossValidationObjective.metricFor(Task.REGRESSION)).isEqualTo("r2");
    }

    @Test
    void aLargeFileIsScoredOnOneSplit(@TempDir Path folder) throws Exception {
        Table table = titanic(folder, 23);
        Recipe recipe = Recipe.defaults(table, List.of("Survived")).recipe();
        CrossValidationObjective objective = new CrossValidationObjective(table, recipe, 5);
        TrialParameters small = new TrialParameters(List.of(4), org.mlpworkbench.model.Activation.RELU, 0, 0, 0.01, 512,
                org.mlpworkbench.train.Optimizer.ADAM);

        assertThat(objective.singleSplit()).isTrue();
        assertThat(objective.description()).isEqualTo("one split holding out 20 % of the rows");
        assertThat(objective.evaluate(small, 1, 1, TrainingControl.NONE)).singleElement()
                .satisfies(score -> assertThat(score).isBetween(0.5, 1.0));
    }
}
