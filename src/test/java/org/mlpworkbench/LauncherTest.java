package org.mlpworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlpworkbench.cli.JvmOptions;

/** The launcher starts itself again the way it was started: this JVM and class path, or an installed app's launcher. */
class LauncherTest {

    @Test
    void fromTheClassPathItRunsThisJvmWithTheSameClassPath() {
        assertThat(Launcher.relaunchProcess(new String[] {"inspect", "--data", "x.csv"}).command())
                .contains("-cp", System.getProperty("java.class.path"), Launcher.class.getName())
                .endsWith("inspect", "--data", "x.csv");
    }

    @Test
    void aCommandGetsTheOptionsOfACommandAndTheWindowThoseOfTheWindow() {
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> command = Launcher.relaunchProcess(new String[] {"inspect"}).command();
        assertThat(command.subList(1, 1 + given.size())).isEqualTo(given);
        assertThat(command.subList(1 + given.size(), command.indexOf("-cp")))
                .isEqualTo(JvmOptions.forCommand(given)).contains("-XX:+UseSerialGC");
        List<String> window = Launcher.relaunchProcess(new String[0]).command();
        assertThat(window.subList(1 + given.size(), window.indexOf("-cp")))
                .isEqualTo(JvmOptions.forWindow(given)).doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void inAnInstalledImageItRunsTheImagesOwnLauncher() {
        String before = System.getProperty("jpackage.app-path");
        System.setProperty("jpackage.app-path", "/opt/mlp-workbench/bin/mlp-workbench");
        try {
            ProcessBuilder again = Launcher.relaunchProcess(new String[] {"inspect"});
            assertThat(again.command()).containsExactly("/opt/mlp-workbench/bin/mlp-workbench", "inspect");
            assertThat(again.environment()).containsEntry("OMP_NUM_THREADS", System.getenv()
                    .getOrDefault("OMP_NUM_THREADS", "1")).containsEntry("MLPW_NO_RELAUNCH", "1")
                    .doesNotContainKey("_JPACKAGE_LAUNCHER");
        } finally {
            if (before == null) {
                System.clearProperty("jpackage.app-path");
            } else {
                System.setProperty("jpackage.app-path", before);
            }
        }
    }
}
