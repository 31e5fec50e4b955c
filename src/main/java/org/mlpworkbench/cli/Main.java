package org.mlpworkbench.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line ({@code bin/mlpw}): one picocli subcommand per task. Results go to stdout (JSON or
 * CSV-like lines), problems to stderr as one {@code error: …} line with exit code 2 for bad input and
 * 1 for internal failures; {@code --debug} adds stack traces.
 */
@Command(name = "mlpw", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Train, evaluate and export multi-layer perceptrons on CSV files.",
        subcommands = {InspectCommand.class, TrainCommand.class, EvaluateCommand.class, PredictCommand.class,
                ExportCommand.class, CvCommand.class, ExplainCommand.class, TuneCommand.class, BenchCommand.class},
        footer = {"", "Run 'mlpw COMMAND --help' for the options of a command. Without arguments, the desktop app opens."})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    boolean debug;

    /** Runs the command line with {@code args}, writing to the process's stdout and stderr; returns the exit code. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs the command line writing to the given streams (as the tests do); returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        ErrorReporter errors = new ErrorReporter(debug);
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true))
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            commandLine.getErr().println("error: out of memory; give Java more (e.g. MLPW_JAVA_OPTS=-Xmx8g bin/mlpw ...)"
                    + " or, for predict, read fewer rows at a time with --chunk-rows");
            return ErrorReporter.INTERNAL_ERROR;
        } finally {
            commandLine.getOut().flush();
            commandLine.getErr().flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** The application version from the jar manifest ("development" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"MLP Workbench " + (version == null ? "development" : version)};
        }
    }
}
