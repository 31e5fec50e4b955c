package org.mlpworkbench.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No temporary outlives its write: a stopped process (SIGTERM) deletes its own at exit, and the next
 * write into the folder sweeps those of a killed one (kill -9) — but never a live process's, nor a
 * file it did not make.
 */
class TempPathsTest {
    @TempDir
    Path dir;

    private Process start(String mode, Path target) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                InterruptedWrite.class.getName(), mode, target.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the writer started").isEqualTo("ready");
        return process;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void end(Process process, boolean kill) throws InterruptedException {
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void sigtermDuringAWriteLeavesNothing() throws Exception {
        for (String mode : new String[] {"file", "folder", "staging"}) {
            Path target = dir.resolve("big-" + mode);
            Process process = start(mode, target);
            assertThat(listing()).as("temporaries while writing").anyMatch(n -> n.matches("\\.big-" + mode + "\\..{36}\\.tmp"));
            end(process, false);
            assertThat(listing()).as("after SIGTERM during a %s write", mode).isEmpty();
        }
    }

    @Test
    void theNextWriteSweepsWhatAKilledProcessLeft() throws Exception {
        for (String mode : new String[] {"file", "folder"}) {
            Process process = start(mode, dir.resolve("pred.csv"));
            end(process, true);
            assertThat(listing()).as("kill -9 leaves the temporary and its lock").hasSize(2)
                    .allMatch(n -> n.matches("\\.pred\\.csv\\..{36}\\.(tmp|lock)"));
            AtomicFiles.write(dir.resolve("other.csv"), out -> out.write('x'));
            assertThat(listing()).containsExactly("other.csv");
            Files.delete(dir.resolve("other.csv"));
        }
    }

    @Test
    void aLiveWriterKeepsItsTemporaries() throws Exception {
        Process process = start("file", dir.resolve("slow.csv"));
        try {
            List<String> before = listing();
            AtomicFiles.write(dir.resolve("other.csv"), out -> out.write('x'));
            assertThat(listing()).containsAll(before).contains("other.csv").hasSize(before.size() + 1);
        } finally {
            end(process, true);
        }
    }

    @Test
    void aSwapCutBetweenItsTwoRenamesGetsTheOldFolderBack() throws IOException {
        String stem = ".model." + UUID.randomUUID();
        Path old = Files.createDirectory(dir.resolve(stem + ".old"));
        Files.writeString(old.resolve("model.json"), "previous");
        Files.createDirectory(dir.resolve(stem + ".tmp"));
        Files.writeString(dir.resolve(stem + ".lock"), "MLP Workbench temporary\n");
        AtomicFiles.write(dir.resolve("other.csv"), out -> out.write('x'));
        assertThat(listing()).containsExactly("model", "other.csv");
        assertThat(dir.resolve("model/model.json")).hasContent("previous");
    }

    @Test
    void filesThatMerelyLookLikeTemporariesAreLeftAlone() throws IOException {
        String stem = ".notes." + UUID.randomUUID();
        Files.writeString(dir.resolve(stem + ".tmp"), "someone else's");
        Files.writeString(dir.resolve(stem + ".lock"), "not our marker");
        AtomicFiles.write(dir.resolve("other.csv"), out -> out.write('x'));
        assertThat(listing()).containsExactly(stem + ".lock", stem + ".tmp", "other.csv");
    }
}
