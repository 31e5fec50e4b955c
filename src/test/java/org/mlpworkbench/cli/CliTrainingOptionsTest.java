package org.mlpworkbench.cli;

import static org.mlpworkbench.cli.Cli.userError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.bundle.BundleTrainer;
import org.mlpworkbench.bundle.TrainedRun;
import org.mlpworkbench.bundle.TrainingRecord;
import org.mlpworkbench.data.CsvReader;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.prep.Recipe;
import org.mlpworkbench.train.TrainConfig;
import org.mlpworkbench.train.TrainingControl;

/**
 * Training options that cannot mean what they say are refused, and a run that diverged says what it
 * saved — or saves nothing when no epoch ended.
 */
class CliTrainingOptionsTest {
    @TempDir
    Path dir;

    private Cli.Result train(Path data, String target, String... options) {
        List<String> args = new ArrayList<>(List.of("train", "--data", data.toString(), "--target", target, "--epochs", "6",
                "--out", dir.resolve("m").toString()));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new));
    }

    /** Two numbers and a 0/1 label that does not depend on them: no weights fit it. */
    private Path noise() throws IOException {
        Random random = new Random(3);
        StringBuilder csv = new StringBuilder("a,b,label\n");
        for (int i = 0; i < 300; i++) {
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%d%n", random.nextGaussian(), random.nextGaussian(),
                    random.nextInt(2)));
        }
        return Files.writeString(dir.resolve("noise.csv"), csv);
    }

    /** A regression target that SGD at learning rate 0.5 follows for two epochs, then overshoots. */
    private Path linear() throws IOException {
        Random random = new Random(5);
        StringBuilder csv = new StringBuilder("a,b,t\n");
        for (int i = 0; i < 200; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            csv.append(String.format(Locale.ROOT, "%.4f,%.4f,%.4f%n", a, b, 3 * a - 2 * b + 0.1 * random.nextGaussian()));
        }
        return Files.writeString(dir.resolve("linear.csv"), csv);
    }

    @Test
    void anEmptyListOfHiddenLayersIsRefused() throws IOException {
        assertThat(userError(train(noise(), "label", "--hidden", ",")))
                .isEqualTo("error: --hidden needs at least one layer width, e.g. --hidden 128 or --hidden 128,64");
    }

    @Test
    void withoutValidationRowsEarlyStoppingWatchesTheTrainingLossAndSaysSo() throws Exception {
        for (String[] patience : new String[][] {{}, {"--early-stopping", "3"}}) {
            List<String> args = new ArrayList<>(List.of("train", "--data", noise().toString(), "--target", "label",
                    "--val-split", "0", "--epochs", "400", "--lr", "0.05", "--out", dir.resolve("m").toString()));
            args.addAll(List.of(patience));
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertThat(result.code()).as(result.err()).isZero();
            assertThat(result.out()).contains("note: --val-split 0 holds no rows out, so early stopping watches the"
                    + " training loss").contains("early stopped").doesNotContain("val_loss");
            assertThat(result.out()).contains("training rows: accuracy");
        }

        Table table = CsvReader.read(noise()).table();
        var bundle = BundleTrainer.train(table, Recipe.defaults(table, List.of("label")).recipe(),
                BundleTrainer.NetworkChoice.defaults(), TrainConfig.adam(0.05, 400, 32).withPatience(3), 0,
                new TrainingRecord.TrainingData("noise.csv", 300, "0"), TrainedRun.Listener.NONE, TrainingControl.NONE);
        TrainingRecord record = bundle.training();
        assertThat(record.stopReason()).isEqualTo(org.mlpworkbench.train.StopReason.EARLY_STOPPED);
        List<Double> losses = record.history().stream().map(e -> e.trainLoss()).toList();
        double best = losses.get(record.bestEpoch() - 1);
        assertThat(losses.subList(record.bestEpoch(), losses.size())).hasSize(3).allMatch(loss -> loss >= best);
    }

    @Test
    void adamAtAHugeRateStopsAsDivergedAndSavesNothing() throws IOException {
        for (String optimizer : new String[] {"adam", "sgd"}) {
            Cli.Result result = train(noise(), "label", "--lr", "1e9", "--optimizer", optimizer);
            assertThat(userError(result)).as(optimizer).isEqualTo("error: training diverged in epoch 1 (the loss became"
                    + " NaN, infinite or a million times its first value) before any epoch ended, so there are no trained"
                    + " weights; nothing was saved. Try a lower --lr (now 1.0E9)");
            assertThat(dir.resolve("m")).doesNotExist();
        }
    }

    @Test
    void aRunThatDivergedLaterSaysWhichWeightsItSaved() throws IOException {
        Cli.Result result = train(linear(), "t", "--hidden", "8", "--optimizer", "sgd", "--lr", "0.5");
        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("2 epochs (best 1), diverged")
                .contains("training diverged in epoch 3 (try a lower --lr); the model saved has the weights from the end"
                        + " of epoch 2, the last whose loss was finite");
        assertThat(dir.resolve("m/model.json")).content().contains("\"stopReason\" : \"diverged\"");
    }
}
