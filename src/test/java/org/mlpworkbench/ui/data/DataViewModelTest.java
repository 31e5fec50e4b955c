package org.mlpworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.HeldBackgroundTasks;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/** The Data step's view-model, run without the JavaFX toolkit. */
class DataViewModelTest {

    @TempDir
    Path dir;

    private final WorkbenchModel model = new WorkbenchModel();
    private final SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
    private final Settings settings = Settings.inMemory();
    private final List<Problem> problems = new ArrayList<>();
    private final List<Table> shown = new ArrayList<>();
    private DataViewModel vm;

    @BeforeEach
    void create() {
        vm = new DataViewModel(model, tasks, settings);
        tasks.problems().showWith(problems::add);
        vm.shownTableProperty().addListener((obs, old, now) -> shown.add(now));
    }

    @Test
    void aLoadReplacedByANewerOneTellsItsCallerAndLeavesTheNewerOnesData() {
        HeldBackgroundTasks held = new HeldBackgroundTasks();
        DataViewModel data = new DataViewModel(model, held, settings);
        List<String> heard = new ArrayList<>();
        data.open(SampleData.file("titanic/train.csv"), java.util.Map.of(),
                loaded -> heard.add("titanic " + (loaded == null ? "none" : loaded.name())));
        data.open(SampleData.file("yeast/train.csv"), java.util.Map.of(),
                loaded -> heard.add("yeast " + (loaded == null ? "none" : loaded.name())));
        assertThat(held.handle(0).cancelRequested()).as("the older load is asked to stop").isTrue();

        held.end(1);
        held.end(0);

        assertThat(heard).containsExactly("yeast train.csv", "titanic none");
        assertThat(model.data().file()).isEqualTo(SampleData.file("yeast/train.csv"));
        assertThat(data.loadingProperty().get()).isFalse();
    }

    @Test
    void openingTitanicFillsTheSessionTheColumnListAndTheRecentFiles() {
        Path titanic = SampleData.file("titanic/train.csv");

        vm.open(titanic);

        assertThat(problems).isEmpty();
        assertThat(model.data().table().rowCount()).isEqualTo(891);
        assertThat(vm.columns()).extracting(ColumnRow::name).containsExactly("PassengerId", "Survived", "Pclass",
                "Name", "Sex", "Age", "SibSp", "Parch", "Ticket", "Fare", "Cabin", "Embarked");
        ColumnRow age = vm.columns().get(5);
        assertThat(age.summaryProperty().get().missing()).isEqualTo(177);
        assertThat(age.histogramProperty().get().counts()).hasSize(Histogram.NUMERIC_BINS);
        assertThat(java.util.Arrays.stream(age.histogramProperty().get().counts()).sum()).isEqualTo(891 - 177);
        ColumnRow sex = vm.columns().get(4);
        assertThat(sex.histogramProperty().get().labels()).containsExactly("male", "female");
        assertThat(settings.recentFiles()).containsExactly(titanic.toAbsolutePath().normalize());
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.descriptionProperty().get()).startsWith("891 rows × 12 columns · delimiter ','");
        assertThat(tasks.monitor().messageProperty().get()).isEqualTo("Loaded train.csv: 891 rows, 12 columns");
    }

    @Test
    void theFirstRowsAreShownBeforeTheWholeTable() {
        vm.open(SampleData.file("titanic/train.csv"));

        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).rowCount()).isLessThan(891).isPositive();
        assertThat(shown.get(1).rowCount()).isEqualTo(891);
        assertThat(tasks.progress()).isNotEmpty().last().isEqualTo(1.0);
    }

    @Test
    void aBrokenFileIsReportedWithItsLineAndKeepsThePreviousData() throws Exception {
        vm.open(SampleData.file("titanic/train.csv"));
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "a,b\n1,2\n3,\"4\n5,6\n");

        vm.open(broken);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).header()).isEqualTo("broken.csv could not be read");
        assertThat(problems.get(0).message()).contains("broken.csv").contains("line 3");
        assertThat(model.data().name()).isEqualTo("train.csv");
        assertThat(shown).last().extracting(Table::rowCount).isEqualTo(891);
        assertThat(settings.recentFiles()).hasSize(1);
    }

    @Test
    void aMissingFileIsReportedAndForgottenFromTheRecentList() {
        Path gone = dir.resolve("gone.csv");
        settings.addRecent(gone);

        vm.open(gone);

        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("gone.csv");
        assertThat(settings.recentFiles()).isEmpty();
        assertThat(model.data()).isNull();
    }

    @Test
    void cancellingALoadKeepsThePreviousData() {
        vm.open(SampleData.file("titanic/train.csv"));
        tasks.cancelNextJobAfterFirstProgress();

        vm.open(SampleData.file("yeast/train.csv"));

        assertThat(problems).isEmpty();
        assertThat(model.data().name()).isEqualTo("train.csv");
        assertThat(model.data().table().rowCount()).isEqualTo(891);
        assertThat(tasks.monitor().messageProperty().get()).isEqualTo("Loading train.csv cancelled");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void retypingAColumnUpdatesTheSessionAndItsRow() {
        vm.open(SampleData.file("titanic/train.csv"));
        ColumnRow pclass = vm.columns().get(2);
        assertThat(pclass.typeProperty().get()).isEqualTo(ColumnType.NUMERIC);

        vm.retype(pclass, ColumnType.CATEGORICAL);

        assertThat(problems).isEmpty();
        assertThat(pclass.typeProperty().get()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(model.data().table().column("Pclass").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(pclass.histogramProperty().get().labels()).containsExactlyInAnyOrder("1", "2", "3");
    }

    @Test
    void anImpossibleTypeIsReportedWithTheOffendingLineAndNotApplied() {
        vm.open(SampleData.file("titanic/train.csv"));
        ColumnRow name = vm.columns().get(3);
        ColumnType before = name.typeProperty().get();

        vm.retype(name, ColumnType.NUMERIC);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.header()).isEqualTo("Column 'Name' cannot be numeric");
            assertThat(p.message()).contains("line 2");
        });
        assertThat(name.typeProperty().get()).isEqualTo(before);
        assertThat(model.data().table().column("Name").type()).isEqualTo(before);
    }
}
