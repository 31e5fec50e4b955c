package org.mlpworkbench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.mlpworkbench.cli.JvmOptions;

/**
 * The one entry point of the jar. With no arguments it opens the desktop application; with arguments
 * it runs the command line. It is a plain class (not a JavaFX {@code Application}) so the jar starts
 * from the class path.
 *
 * <p>OpenBLAS and OpenMP read their thread settings from the environment when the native library loads, so a JVM
 * started without them is restarted once with {@link #TUNED_ENVIRONMENT} set (see README,
 * "Thread settings"); in the installed application (mvn -Pdist package) its native launcher is started again.
 * Set {@code MLPW_NO_RELAUNCH=1} to keep the current process as it is.
 */
public final class Launcher {

    /** Environment that OpenMP and OpenBLAS read when the native library loads. */
    static final List<String[]> TUNED_ENVIRONMENT = List.of(
            new String[] {"OMP_NUM_THREADS", "1"},
            new String[] {"OMP_WAIT_POLICY", "PASSIVE"});

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (needsRelaunch()) {
            System.exit(relaunch(args));
        }
        if (args.length == 0) {
            org.mlpworkbench.ui.WorkbenchApp.launchApp(args);
        } else {
            System.exit(org.mlpworkbench.cli.Main.run(args));
        }
    }

    private static boolean needsRelaunch() {
        if (System.getenv("MLPW_NO_RELAUNCH") != null) {
            return false;
        }
        for (String[] kv : TUNED_ENVIRONMENT) {
            if (System.getenv(kv[0]) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts this program again, with the same arguments and the tuned environment, and returns its exit code;
     * stopping this process (SIGTERM, a desktop session ending) stops it too, so it is never left running alone.
     */
    private static int relaunch(String[] args) throws Exception {
        Process child = relaunchProcess(args).inheritIO().start();
        Thread stopChild = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-relaunched-process");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int code = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(stopChild);
        return code;
    }

    /**
     * How this program is started again: the installed application's own launcher (jpackage names it in
     * {@code jpackage.app-path}; its runtime has no {@code java} command, and its options are the image's), or
     * else this JVM with the same options, those {@link JvmOptions} adds for a command or the window, and the same
     * class path; the environment gains {@link #TUNED_ENVIRONMENT} where unset, and loses the variable with
     * which jpackage's launcher marks a process it started itself (inherited, it makes the new launcher fail).
     */
    static ProcessBuilder relaunchProcess(String[] args) {
        List<String> command = new ArrayList<>();
        String appLauncher = System.getProperty("jpackage.app-path");
        if (appLauncher != null) {
            command.add(appLauncher);
        } else {
            command.add(ProcessHandle.current().info().command()
                    .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
            List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
            command.addAll(given);
            command.addAll(args.length > 0 ? JvmOptions.forCommand(given) : JvmOptions.forWindow(given));
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Launcher.class.getName());
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        for (String[] kv : TUNED_ENVIRONMENT) {
            builder.environment().putIfAbsent(kv[0], kv[1]);
        }
        builder.environment().remove("_JPACKAGE_LAUNCHER");
        builder.environment().put("MLPW_NO_RELAUNCH", "1");
        return builder;
    }
}
