package org.mlpworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.train.TrainPreset;
import org.mlpworkbench.ui.session.RunSettings;
import org.mlpworkbench.ui.train.TrainForm;
import picocli.CommandLine;

/** The command line and the app's Train form train the same network with the same settings, preset by preset. */
class CliAppDefaultsTest {

    private static TrainCommand parse(String... extra) {
        TrainCommand command = new TrainCommand();
        List<String> args = new ArrayList<>(List.of("--data", "x.csv", "--target", "y", "--out", "m"));
        args.addAll(List.of(extra));
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        return command;
    }

    private static RunSettings form(TrainPreset preset, int rows) {
        TrainForm form = new TrainForm();
        form.taskProperty().set(TaskKind.BINARY);
        form.dataRowsProperty().set(rows);
        if (preset != null) {
            form.apply(preset);
        }
        return form.settings();
    }

    @Test
    void withNothingGivenTheCommandLineTrainsWhatTheFreshFormTrains() {
        for (int rows : new int[] {891, 1_500, 4_521, 32_561, 245_057}) {
            TrainCommand cli = parse();
            RunSettings app = form(null, rows);
            assertThat(cli.options.config(rows)).as("%d rows", rows).isEqualTo(app.config());
            var network = cli.options.network(rows);
            assertThat(network.hidden()).isEqualTo(app.hiddenWidths());
            assertThat(network.activation()).isEqualTo(app.activation());
            assertThat(network.bias()).isEqualTo(app.bias());
            assertThat(network.dropout()).isEqualTo(app.dropout());
            assertThat(cli.options.validationSplit(cli.validationShare)).isEqualTo(app.validationShare());
        }
        assertThat(form(null, 891).hiddenWidths()).containsExactly(512);
        assertThat(form(null, 32_561).config().weightDecay()).isEqualTo((2000.0 / 32_561) * (2000.0 / 32_561));
    }

    @Test
    void eachPresetMeansTheSameInBoth() {
        for (TrainPreset preset : TrainPreset.ALL) {
            for (int rows : new int[] {891, 32_561}) {
                TrainCommand cli = parse("--preset", preset.id());
                RunSettings app = form(preset, rows);
                assertThat(cli.options.config(rows)).as("%s, %d rows", preset.id(), rows).isEqualTo(app.config());
                assertThat(cli.options.network(rows).hidden()).isEqualTo(app.hiddenWidths());
                assertThat(cli.options.network(rows).bias()).isEqualTo(app.bias());
                assertThat(cli.options.network(rows).dropout()).isEqualTo(app.dropout());
            }
        }
    }

    @Test
    void optionsGivenOverrideThePreset() {
        TrainCommand cli = parse("--preset", "classic", "--bias", "--epochs", "7", "--optimizer", "adamw");
        assertThat(cli.options.network(891).bias()).isTrue();
        assertThat(cli.options.config(891).epochs()).isEqualTo(7);
        assertThat(cli.options.config(891).weightDecay()).as("AdamW asked for: decay by data size").isEqualTo(2.0);
        assertThat(parse("--weight-decay", "0.01").options.config(891).weightDecay()).isEqualTo(0.01);
        assertThat(parse("--hidden", "64,32").options.network(891).hidden()).containsExactly(64, 32);
        assertThat(parse("--hidden", "auto", "--preset", "classic").options.network(32_561).hidden()).containsExactly(128);
        assertThat(parse("--no-bias").options.network(891).bias()).isFalse();
        assertThat(parse().options.describe(891)).isEqualTo("recommended preset: 512 (891 rows: below 10,000) ReLU,"
                + " dropout 0.2, AdamW lr 0.001, weight decay 2 (the most; (2000 / 891 rows)² is more), batch 64, early"
                + " stopping after 10 epochs without improvement, at most 500 epochs");
        assertThat(parse("--preset", "classic").options.describe(891)).isEqualTo("classic preset: 128 ReLU without bias,"
                + " dropout 0, Adam lr 0.001, batch 64, 100 epochs, no early stopping");
    }
}
