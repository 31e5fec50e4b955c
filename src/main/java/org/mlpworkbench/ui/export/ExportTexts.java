package org.mlpworkbench.ui.export;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import org.mlpworkbench.bundle.WeightExport;
import org.mlpworkbench.ui.component.Dialogs;

/**
 * The words of the Export step: what each weight format is for and how to load it (as
 * {@code docs/bundle.md} states it), sizes, and human messages for file-system failures, whose
 * exceptions often carry nothing but a path.
 */
public final class ExportTexts {

    private ExportTexts() {
    }

    /** The format's name with its extension, e.g. "NumPy archive (.npz)". */
    public static String formatTitle(WeightExport.Format format) {
        return switch (format) {
            case NPZ -> "NumPy archive (.npz)";
            case JSON -> "JSON document (.json)";
            case ONNX -> "ONNX, whole model: raw columns → label (.onnx)";
            case ONNX_FEATURES -> "ONNX, network only: features → probabilities (.onnx)";
        };
    }

    /** The format in a sentence, e.g. "ONNX" or "ONNX (network only)". */
    public static String formatName(WeightExport.Format format) {
        return format == WeightExport.Format.ONNX_FEATURES ? "ONNX (network only)" : format.name();
    }

    /** What the format holds, what it is for, and how to load it. */
    public static String formatNote(WeightExport.Format format) {
        return switch (format) {
            case NPZ -> "The parameters only: one float32 array per layer, layers.K.weight [out, in] and layers.K.bias "
                    + "(PyTorch's names). Load with numpy.load(\"model.npz\"), or pass the arrays to a PyTorch "
                    + "module's load_state_dict. The preprocessing is not in this file: it is in a bundle's model.json.";
            case JSON -> "Architecture, preprocessing recipe, thresholds and weights as nested arrays, for people and "
                    + "small runtimes. Read it with any JSON library (json.load in Python); parsed as float32, the "
                    + "numbers are exactly the weights.";
            case ONNX -> "The whole model in one ONNX graph: one input per column, raw values (text, or numbers with NaN "
                    + "for missing); the preprocessing, the network and the decision at the thresholds above run in ONNX "
                    + "Runtime, giving \"probabilities\" (regression: \"values\") and \"label\". A MODEL.md card is "
                    + "written beside it; docs/deploy.md shows how to score it in Java, Python or Spark.";
            case ONNX_FEATURES -> "The network alone as an ONNX graph: input \"features\" float32 [rows, inputs], which "
                    + "you make with the recipe (in the metadata), output \"probabilities\" (regression: \"values\"). "
                    + "Run it with onnxruntime.InferenceSession(\"model.onnx\").run(None, {\"features\": x}).";
        };
    }

    /** A byte count for people: "812 B", "9.4 KB", "3.1 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kb = bytes / 1024.0;
        return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
    }

    /** A count with thousands separators, e.g. "50,000". */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * What went wrong, for a dialog: file-system failures say which file and why (permission denied,
     * no such folder, …); other errors keep their own message.
     */
    public static String describe(Throwable error) {
        return describe(error, null);
    }

    /**
     * As {@link #describe(Throwable)}, for a failure while writing {@code target}: a file standing where
     * a folder of its path should be is named as such.
     */
    public static String describe(Throwable error, Path target) {
        Throwable e = error instanceof java.io.UncheckedIOException u ? u.getCause() : error;
        if (target != null && e instanceof FileSystemException f && f.getFile() != null) {
            String about = aboutTarget(f, target);
            if (about != null) {
                return about;
            }
        }
        if (e instanceof AccessDeniedException a) {
            return "Permission denied: " + a.getFile() + " cannot be written. Choose a folder you can write to.";
        }
        if (e instanceof NoSuchFileException n) {
            return "No such file or folder: " + n.getFile() + (n.getReason() == null ? "" : " (" + n.getReason() + ")");
        }
        if (e instanceof NotDirectoryException d) {
            return "Not a folder: " + d.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + (f.getReason() == null ? " already exists." : ": " + f.getReason());
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getFile() + ": " + f.getReason();
        }
        return Dialogs.describe(e);
    }

    /**
     * A failure on another path than {@code target} told in terms of the target: a file standing where
     * one of its folders should be, or the temporary sibling every write starts with (see AtomicFiles)
     * that could not be created. Null when the failure is about something else.
     */
    private static String aboutTarget(FileSystemException f, Path target) {
        Path file = Path.of(f.getFile());
        if (file.equals(target)) {
            return null;
        }
        if (target.startsWith(file) && Files.isRegularFile(file)) {
            return target + " cannot be written: " + file + " is a file, not a folder.";
        }
        Path folder = target.toAbsolutePath().getParent();
        boolean temporarySibling = folder != null && folder.equals(file.toAbsolutePath().getParent())
                && org.mlpworkbench.data.FileNames.name(file).startsWith("." + target.getFileName() + ".");
        if (!temporarySibling) {
            return null;
        }
        String why = f instanceof AccessDeniedException ? "permission denied in " + folder
                : f instanceof NoSuchFileException ? folder + " does not exist or does not accept new files"
                : f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        return target + " cannot be written: " + why + ".";
    }
}
