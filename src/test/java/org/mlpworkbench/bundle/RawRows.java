package org.mlpworkbench.bundle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.mlpworkbench.deploy.ScoreCsv;
import org.mlpworkbench.prep.FittedBool;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.FittedStep;

/**
 * Raw CSV rows as a deployment sees them: the records of a file as text by column name, and copies of
 * the shipped files with values made missing (every missing token in turn) and categories the model
 * never saw, written in the file's own separator.
 */
final class RawRows {
    static final String UNSEEN = "Atlantis";
    static final String UNSEEN_NUMBER = "12345";
    /** Numbers the CSV reader reads as missing in a column of numbers. */
    static final List<String> NON_FINITE = List.of("inf", "-Infinity", "1e999", "NAN");

    private RawRows() {
    }

    /** The records of {@code file} (plain or gzip), header first. */
    static List<List<String>> records(Path file, char separator) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             Reader in = new BufferedReader(new InputStreamReader(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
            return ScoreCsv.readCsv(in, separator);
        }
    }

    /** The data rows of {@code file} as column name → text, as the deployment snippet reads them. */
    static List<Map<String, String>> rows(Path file, char separator) throws IOException {
        return ScoreCsv.rows(file, separator);
    }

    /**
     * Writes {@code source} to {@code out} with, in the columns {@code recipe} reads, about one value in
     * twelve made missing (cycling through the missing tokens), in columns read as numbers one in fifty made
     * a number that is not finite (which the reader reads as missing there), and, where the app accepts any
     * value (not numeric or boolean steps), one in twenty replaced by a value never seen in training.
     */
    static Path perturbed(Path source, char separator, FittedRecipe recipe, Path out, long seed) throws IOException {
        List<List<String>> records = records(source, separator);
        List<String> header = records.get(0);
        Random random = new Random(seed);
        List<String> tokens = OnnxInputs.MISSING_TOKENS;
        int token = 0;
        for (List<String> record : records.subList(1, records.size())) {
            for (FittedStep step : recipe.steps()) {
                int c = header.indexOf(step.column());
                if (step.featureNames().isEmpty() || c < 0) {
                    continue;
                }
                double draw = random.nextDouble();
                boolean number = OnnxInputs.type(step) == OnnxGraph.Type.FLOAT;
                if (draw < 1.0 / 12) {
                    record.set(c, tokens.get(token++ % tokens.size()));
                } else if (number && draw > 1 - 1.0 / 50) {
                    record.set(c, NON_FINITE.get(token++ % NON_FINITE.size()));
                } else if (draw < 1.0 / 12 + 1.0 / 20 && !(step instanceof FittedBool)
                        && !(step instanceof org.mlpworkbench.prep.FittedNumeric)) {
                    record.set(c, OnnxInputs.type(step) == OnnxGraph.Type.FLOAT ? UNSEEN_NUMBER : UNSEEN);
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (List<String> record : records) {
                List<String> cells = new ArrayList<>();
                for (String v : record) {
                    cells.add(quoted(v, separator));
                }
                w.write(String.join(String.valueOf(separator), cells) + "\n");
            }
        }
        return out;
    }

    /** Quoted when it must be, and, in a semicolon file, when it is not a number (as the bank file does). */
    private static String quoted(String v, char separator) {
        boolean text = !v.isEmpty() && !v.matches("[-+0-9.eE]+");
        boolean needed = v.indexOf(separator) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0;
        return needed || separator == ';' && text ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
