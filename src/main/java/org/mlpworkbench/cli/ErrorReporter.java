package org.mlpworkbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.mlpworkbench.data.CsvException;
import picocli.CommandLine;

/**
 * Turns every failure into one line {@code error: …} on stderr and an exit code: {@link #USER_ERROR}
 * for anything the user can fix (bad options, missing files, data that does not fit), {@link #INTERNAL_ERROR}
 * for bugs. The stack trace is printed only with {@code --debug}.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    private final boolean debug;

    ErrorReporter(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + oneLine(ex.getMessage()) + " (see '" + command.getCommandSpec().qualifiedName() + " --help')");
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, CommandLine.ParseResult parseResult) {
        PrintWriter err = command.getErr();
        command.getOut().flush();
        int code = isUserError(ex) ? USER_ERROR : INTERNAL_ERROR;
        String message = code == USER_ERROR ? describe(ex)
                : "unexpected failure: " + describe(ex) + (debug ? "" : " (run again with --debug for details)");
        err.println("error: " + oneLine(message));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    static boolean isUserError(Throwable ex) {
        return ex instanceof UserInputException || ex instanceof IOException || ex instanceof UncheckedIOException
                || ex instanceof IllegalArgumentException || ex instanceof CsvException
                || ex instanceof java.util.concurrent.CancellationException;
    }

    /** A human message for {@code ex}, naming the file for the file-system exceptions whose message is just a path. */
    static String describe(Throwable ex) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (e instanceof NoSuchFileException n) {
            return "no such file or directory: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof NotDirectoryException d) {
            return "not a directory: " + d.getFile();
        }
        if (e instanceof FileAlreadyExistsException f && f.getReason() == null) {
            return "already exists: " + f.getFile();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
