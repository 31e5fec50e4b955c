package org.mlpworkbench.ui.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.prep.RecipeFitter;
import org.mlpworkbench.train.Optimizer;
import org.mlpworkbench.tune.Trial;
import org.mlpworkbench.tune.TrialParameters;
import org.mlpworkbench.ui.component.CurvePoint;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.Preparation;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.session.Step;
import org.mlpworkbench.ui.session.TuneRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;
import org.mlpworkbench.ui.train.TrainViewModel;

/** The Tune step's view-model on sample-data Titanic with a tiny budget, run synchronously without the toolkit. */
class TuneViewModelTest {

    private final WorkbenchModel model = new WorkbenchModel();
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final PrepareViewModel prepare = new PrepareViewModel(model, tasks);
    private final TrainViewModel train = new TrainViewModel(model, tasks);
    private final List<Step> shown = new ArrayList<>();
    private final TuneViewModel vm = new TuneViewModel(model, tasks, train, shown::add, 1);
    private final List<Problem> problems = new ArrayList<>();

    private void titanic() throws Exception {
        tasks.problems().showWith(problems::add);
        model.setData(DataSet.load(SampleData.file("titanic/train.csv")));
        assertThat(model.preparation()).isNotNull();
        TuneForm f = vm.form();
        f.hidden.set("8; 16");
        f.batchSizes.set("64");
        f.optimizers.set("adamw, sgd");
        f.minutes.set("0");
        f.trials.set("4");
        f.configurations.set("3");
        f.maxEpochs.set("3");
        f.folds.set("2");
        f.seed.set("5");
    }

    @Test
    void theSpaceStartsFromTheDefaultsForTheDataSize() throws Exception {
        tasks.problems().showWith(problems::add);
        model.setData(DataSet.load(SampleData.file("titanic/train.csv")));
        assertThat(vm.form().hidden.textProperty().get()).isEqualTo("16; 32; 64; 128");
        assertThat(vm.form().batchSizes.textProperty().get()).isEqualTo("16, 32, 64");
        assertThat(vm.form().problem().get()).isEmpty();
        assertThat(vm.canStart().get()).isTrue();
    }

    @Test
    void aSearchFillsTheTableAndTheBestSoFarNeverFalls() throws Exception {
        titanic();
        vm.start();

        assertThat(problems).isEmpty();
        List<Trial> trials = vm.history().trials();
        assertThat(trials).extracting(Trial::number).containsExactly(1, 2, 3, 4);
        assertThat(trials).extracting(Trial::rung).containsExactly(0, 0, 0, 1);
        assertThat(trials).allMatch(Trial::scored).allMatch(t -> t.score() > 0.5 && t.score() <= 1);
        assertThat(trials).allMatch(t -> t.foldScores().size() == 2);
        assertThat(vm.history().metricProperty().get()).isEqualTo("accuracy");
        List<CurvePoint> best = vm.history().bestSoFar();
        assertThat(best).hasSize(4);
        for (int i = 1; i < best.size(); i++) {
            assertThat(best.get(i).y()).isGreaterThanOrEqualTo(best.get(i - 1).y());
        }
        double top = trials.stream().mapToDouble(Trial::score).max().orElseThrow();
        assertThat(best.get(3).y()).isEqualTo(top);
        assertThat(vm.history().best().score()).isEqualTo(top);
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.progressTextProperty().get()).startsWith("4 trials · the trial count was reached · best accuracy ");
        TuneRecord record = model.tune();
        assertThat(record.trials()).isEqualTo(trials);
        assertThat(record.ended()).isEqualTo("trials");
        assertThat(record.form()).containsEntry("trials", "4").containsEntry("hidden", "8; 16");
    }

    @Test
    void theSameSeedGivesTheSameTrials() throws Exception {
        titanic();
        vm.start();
        List<Trial> first = List.copyOf(vm.history().trials());
        vm.start();
        assertThat(vm.history().trials()).extracting(Trial::parameters).isEqualTo(first.stream().map(Trial::parameters).toList());
        assertThat(vm.history().trials()).extracting(Trial::foldScores).isEqualTo(first.stream().map(Trial::foldScores).toList());
    }

    @Test
    void cancellingKeepsEveryFinishedTrial() throws Exception {
        titanic();
        vm.form().trials.set("0");
        vm.form().configurations.set("9");
        vm.history().trials().addListener((ListChangeListener<Trial>) c -> {
            if (vm.history().trials().size() >= 2) {
                vm.cancel();
            }
        });
        vm.start();

        assertThat(vm.history().trials()).extracting(Trial::number).containsExactly(1, 2);
        assertThat(model.tune().trials()).hasSize(2);
        assertThat(model.tune().ended()).isEqualTo("cancelled");
        assertThat(vm.progressTextProperty().get()).contains("cancelled; every finished trial is kept");
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(vm.canStart().get()).isTrue();
    }

    @Test
    void pauseHoldsTheNextTrialUntilResume() throws Exception {
        titanic();
        AtomicLong resumedAt = new AtomicLong();
        List<Long> arrivals = new ArrayList<>();
        vm.history().trials().addListener((ListChangeListener<Trial>) c -> {
            arrivals.add(System.nanoTime());
            if (vm.history().trials().size() == 1) {
                vm.pause();
                Thread resumer = new Thread(() -> {
                    try {
                        Thread.sleep(600);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    resumedAt.set(System.nanoTime());
                    vm.resume();
                });
                resumer.setDaemon(true);
                resumer.start();
            }
        });
        vm.start();

        assertThat(vm.history().trials()).hasSize(4);
        assertThat(resumedAt.get()).isPositive();
        assertThat(arrivals.get(1)).as("trial 2 finished only after the resume").isGreaterThan(resumedAt.get());
    }

    @Test
    void aBadSpaceIsRefusedWithAMessage() throws Exception {
        titanic();
        vm.form().rateMin.set("0.1");
        vm.form().rateMax.set("0.001");
        assertThat(vm.form().problem().get()).isEqualTo(
                "The search space is refused: Learning rate: expected min <= max, got min 0.1 > max 0.001");
        assertThat(vm.canStart().get()).isFalse();
        vm.start();
        assertThat(vm.messageProperty().get()).startsWith("The search space is refused: Learning rate");
        assertThat(vm.history().trials()).isEmpty();
        assertThat(tasks.titles()).noneMatch(t -> t.startsWith("Tuning"));

        vm.form().rateMin.set("1e-4");
        vm.form().rateMax.set("0.01");
        assertThat(vm.form().problem().get()).isEmpty();
        vm.form().dropoutMin.set("0.6");
        vm.form().dropoutMax.set("0.2");
        assertThat(vm.form().problem().get()).isEqualTo("The search space is refused: Dropout: expected min <= max, got min 0.6 > max 0.2");
        vm.form().dropoutMin.set("0");
        vm.form().hidden.set("64; x");
        assertThat(vm.form().problem().get()).isEqualTo("Hidden layers: 'x' is not a whole number; write e.g. 64; 128,64");
        vm.form().hidden.set("64");
        vm.form().activations.set("relu, swish");
        assertThat(vm.form().problem().get()).startsWith("Activations: 'swish' is not known; choose from relu, leaky-relu");
        vm.form().activations.set("relu");
        vm.form().decayMin.set("0");
        assertThat(vm.form().problem().get()).contains("greater than 0 (the scale is logarithmic)");
        vm.form().decayMin.set("1e-5");
        assertThat(vm.form().problem().get()).isEmpty();
    }

    @Test
    void trainWithTheseSettingsRunsExactlyTheSelectedTrial() throws Exception {
        titanic();
        vm.start();
        Trial chosen = vm.history().trials().stream().filter(t -> t.parameters().optimizer() == Optimizer.ADAMW)
                .findFirst().orElse(vm.history().trials().get(0));
        vm.history().selectedProperty().set(chosen);
        assertThat(vm.canTrain().get()).isTrue();
        vm.form().seed.set("99"); // edited after the search: the run still trains as the trial did

        vm.trainWithChosen();

        assertThat(shown).containsExactly(Step.TRAIN);
        assertThat(model.runs()).hasSize(1);
        RunRecord run = model.runs().get(0);
        RunSettings s = run.settings();
        TrialParameters p = chosen.parameters();
        assertThat(s.hiddenWidths()).isEqualTo(p.hidden());
        assertThat(s.activation()).isEqualTo(p.activation());
        assertThat(s.dropout()).isEqualTo(p.dropout());
        assertThat(s.bias()).isTrue();
        assertThat(s.config().learningRate()).isEqualTo(p.learningRate());
        assertThat(s.config().batchSize()).isEqualTo(p.batchSize());
        assertThat(s.config().optimizer()).isEqualTo(p.optimizer());
        assertThat(s.config().weightDecay()).isEqualTo(p.weightDecay());
        assertThat(s.config().epochs()).isEqualTo(chosen.epochs());
        assertThat(s.config().patience()).isZero();
        assertThat(s.config().seed()).isEqualTo(5L);
        assertThat(s.config()).isEqualTo(p.config(chosen.epochs(), 5L).withSchedule(s.config().schedule()));
        assertThat(run.statusProperty().get().isActive()).isFalse();
        assertThat(chosen.thresholds()).as("a binary trial chooses its threshold out of fold").isNotNull();
        assertThat(run.thresholdsProperty().get()).as("the run takes the trial's threshold, not 0.5")
                .isEqualTo(chosen.thresholdValues()).isNotEqualTo(List.of(0.5));
        assertThat(problems).isEmpty();
    }

    @Test
    void aSearchOnOneTargetDoesNotTrainAnother() throws Exception {
        titanic();
        vm.start();
        assertThat(vm.canTrain().get()).isTrue();
        Preparation searched = model.preparation();
        Table table = searched.data().table();
        Recipe other = Recipe.defaults(table, List.of("Sex")).recipe();
        model.setPreparation(new Preparation(searched.data(), other, RecipeFitter.fit(table, other)));

        assertThat(vm.canTrain().get()).as("the trials were chosen for Survived").isFalse();
        vm.trainWithChosen();
        assertThat(model.runs()).isEmpty();
        model.setPreparation(searched);
        assertThat(vm.canTrain().get()).isTrue();
    }
}
