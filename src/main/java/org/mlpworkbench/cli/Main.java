package org.mlpworkbench.cli;

/** Command-line entry point; the commands arrive with the bundle issue. */
public final class Main {
    private Main() {
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String[] args) {
        System.err.println("error: the command line is not available yet; run without arguments for the desktop app");
        return 2;
    }
}
