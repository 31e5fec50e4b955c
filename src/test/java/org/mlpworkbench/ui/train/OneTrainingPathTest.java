package org.mlpworkbench.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlpworkbench.SampleData;
import org.mlpworkbench.bundle.ModelBundle;
import org.mlpworkbench.cli.Main;
import org.mlpworkbench.model.NamedParameter;
import org.mlpworkbench.ui.prepare.PrepareViewModel;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.RunRecord;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.SynchronousBackgroundTasks;

/**
 * The app's Train step and {@code mlpw train} take one path through the core: with the same file, target,
 * settings and seed they learn the same weights, bit for bit, and report the same metrics.
 */
class OneTrainingPathTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"titanic/train.csv, 4", "yeast/train.csv, 2"})
    void theAppAndTheCommandLineLearnTheSameWeights(String file, int epochs, @TempDir Path dir) throws Exception {
        WorkbenchModel model = new WorkbenchModel();
        SynchronousBackgroundTasks tasks = new SynchronousBackgroundTasks();
        new PrepareViewModel(model, tasks);
        TrainViewModel train = new TrainViewModel(model, tasks);
        Path data = SampleData.file(file);
        model.setData(DataSet.load(data));
        List<String> targets = model.preparation().recipe().targets();
        train.form().epochs.set(Integer.toString(epochs));
        train.start();
        RunRecord run = train.currentProperty().get();
        ModelBundle app = run.bundleSnapshot().get();

        Path out = dir.resolve("cli-model");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"train", "--data", data.toString(), "--target", String.join(",", targets),
                "--epochs", Integer.toString(epochs), "--out", out.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertThat(code).as("mlpw train: %s", stderr.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.isDirectory(out)).isTrue();
        ModelBundle cli = ModelBundle.load(out);

        List<NamedParameter> appWeights = app.model().parameters();
        assertThat(appWeights).isNotEmpty();
        assertThat(cli.model().parameters()).as("weights, bit for bit").isEqualTo(appWeights);
        assertThat(cli.model().spec()).isEqualTo(app.model().spec());
        assertThat(cli.training().history()).hasSize(epochs);
        assertThat(cli.training().metrics()).as("validation metrics").isEqualTo(app.training().metrics());
    }
}
