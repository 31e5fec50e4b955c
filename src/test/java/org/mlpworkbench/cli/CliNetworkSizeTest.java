package org.mlpworkbench.cli;

import static org.mlpworkbench.cli.Cli.userError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlpworkbench.model.MlpSpec;
import org.mlpworkbench.model.TaskKind;

/** Network sizes are counted without overflow: too large a network is refused with its parameter count and the memory it needs. */
class CliNetworkSizeTest {
    @TempDir
    Path dir;

    private Cli.Result train(Path data, String hidden) {
        return Cli.run("train", "--data", data.toString(), "--target", SmallData.TARGET, "--hidden", hidden, "--out",
                dir.resolve("m").toString());
    }

    @Test
    void hiddenLayersTooLargeForAnyNetworkAreRefusedBeforeAnyWork() throws IOException {
        Path data = SmallData.write(dir.resolve("small.csv"), 60);
        Cli.Result result = train(data, "100000,100000");
        assertThat(userError(result)).isEqualTo("error: --hidden 100000,100000: even with one input and one output the"
                + " network would have 10,000,400,001 parameters (40.0 GB of float32 weights); one network holds at most"
                + " 2,147,483,647 — choose smaller hidden layers");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aNetworkThatFitsButNotInMemoryIsRefusedBeforeItIsAllocated() throws IOException {
        Path data = SmallData.write(dir.resolve("small.csv"), 60);
        String error = userError(train(data, "30000,30000"));
        assertThat(error).startsWith("error: training the network 5 → 30000 ReLU → 30000 ReLU → 1 sigmoid (binary cross"
                + " entropy, dropout 0.2) (900,240,001 parameters) needs about 25.3 GB of memory, and this Java may use ")
                .endsWith(" GB; give Java more memory (-Xmx) or choose smaller hidden layers");
        assertThat(dir.resolve("m")).doesNotExist();
    }

    @Test
    void aModelJsonWithAHugeOrFractionalWidthIsRefusedByField() throws IOException {
        Path data = SmallData.write(dir.resolve("small.csv"), 60);
        Path model = dir.resolve("model");
        assertThat(SmallData.train(data, model).code()).isZero();
        Bundles.editModelJson(model, root -> ((ArrayNode) root.at("/network/hidden")).removeAll().add(2_000_000_000));
        Cli.Result predicted = Cli.run("predict", "--model", model.toString(), "--data", data.toString(), "--out",
                dir.resolve("p.csv").toString());
        assertThat(userError(predicted)).isEqualTo("error: model/model.json: field network describes no valid network:"
                + " the network 5 → 2000000000 → 1 would have 14,000,000,001 parameters (56.0 GB of float32 weights);"
                + " one network holds at most 2,147,483,647 — choose smaller hidden layers");
        Bundles.editModelJson(model, root -> ((ArrayNode) root.at("/network/hidden")).removeAll().add(1.5));
        assertThat(userError(Cli.run("evaluate", "--model", model.toString(), "--data", data.toString())))
                .isEqualTo("error: model/model.json: field network.hidden[0] must be a whole number, not 1.5");
    }

    @Test
    void theCountItselfNeverOverflows() {
        assertThat(MlpSpec.parameterCount(3, List.of(65_536, 65_536, 65_536), 2, true))
                .isEqualTo(3L * 65_536 + 65_536 + 2 * (65_536L * 65_536 + 65_536) + 65_536L * 2 + 2);
        assertThat(MlpSpec.parameterCount(Integer.MAX_VALUE, java.util.Collections.nCopies(16, Integer.MAX_VALUE),
                Integer.MAX_VALUE, true)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> MlpSpec.forTask(TaskKind.REGRESSION, 50_000, List.of(50_000), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would have 2,500,100,001 parameters");
    }
}
