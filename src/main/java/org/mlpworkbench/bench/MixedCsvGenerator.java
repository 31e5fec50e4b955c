package org.mlpworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the mixed CSV the CSV-load benchmark reads: 30 columns, about 250 bytes per row in all: a row
 * id, 12 real features (one in exponent notation, one with 5% empty fields), 6 integer features, 7
 * categorical columns (4 to 1000 levels, one with {@code NA} for missing), 2 yes/no columns, a date-time
 * (32,256 values) and a quoted name holding a comma, non-ASCII letters and sometimes a doubled quote. Deterministic for a given seed.
 */
public final class MixedCsvGenerator {

    public static final int COLUMNS = 30;
    private static final String[] COLOURS = {"red", "green", "blue", "yellow", "black", "white", "orange"};
    private static final String[] SHAPES = {"circle", "square", "triangle", "hexagon"};
    private static final String[] GRADES = {"A", "B", "C", "D", "E", "F"};
    private static final String[] SIZES = {"small", "medium", "large", "extra-large", "tiny"};
    private static final String[] FIRST_NAMES = {"Anna", "Ben", "Chloé", "David", "Emma", "Farid", "Grace", "Hiro",
            "Ines", "Jonas", "Kemi", "Lucas", "Maya", "Noah", "Olga", "Pedro"};
    private static final String[] SURNAMES = {"Smith", "Jones", "O\"Brien", "Garcia", "Müller", "Nguyen", "Kowalski",
            "Rossi", "Dubois", "Svensson", "Tanaka", "Okafor"};

    private MixedCsvGenerator() {
    }

    /** Writes {@code rows} data rows (plus a header) to {@code file}; returns the file size in bytes. */
    public static long write(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            out.write(header());
            out.write('\n');
            StringBuilder line = new StringBuilder(320);
            for (int r = 1; r <= rows; r++) {
                line.setLength(0);
                row(line, r, random);
                line.append('\n');
                out.append(line);
            }
        }
        return Files.size(file);
    }

    private static String header() {
        StringBuilder h = new StringBuilder("id");
        for (int i = 1; i <= 10; i++) {
            h.append(",x").append(i);
        }
        h.append(",x_exp,x_gaps");
        for (int i = 1; i <= 6; i++) {
            h.append(",n").append(i);
        }
        h.append(",colour,shape,grade,size,city,store,segment,member,active,date,name");
        return h.toString();
    }

    private static void row(StringBuilder b, int id, SplittableRandom random) {
        b.append(id);
        for (int i = 0; i < 10; i++) {
            b.append(',');
            decimal(b, random.nextGaussian() * (i + 1), 6);
        }
        b.append(',').append(String.format(Locale.ROOT, "%.3e", Math.exp(random.nextGaussian() * 3)));
        b.append(',');
        if (random.nextInt(20) != 0) {
            decimal(b, 50 + random.nextGaussian() * 15, 2);
        }
        for (int i = 0; i < 6; i++) {
            b.append(',').append(random.nextInt(i < 3 ? 10_000 : 1_000_000));
        }
        b.append(',').append(COLOURS[random.nextInt(COLOURS.length)]);
        b.append(',').append(SHAPES[random.nextInt(SHAPES.length)]);
        b.append(',').append(GRADES[random.nextInt(GRADES.length)]);
        b.append(',').append(SIZES[random.nextInt(SIZES.length)]);
        b.append(",city_").append(random.nextInt(1000));
        b.append(',').append(random.nextInt(10) == 0 ? "NA" : "store_" + random.nextInt(200));
        b.append(",segment_").append(random.nextInt(12));
        b.append(',').append(random.nextBoolean() ? "yes" : "no");
        b.append(',').append(random.nextInt(4) == 0 ? "no" : "yes");
        b.append(",2024-").append(two(1 + random.nextInt(12))).append('-').append(two(1 + random.nextInt(28)))
                .append(' ').append(two(random.nextInt(24))).append(':').append(two(15 * random.nextInt(4)));
        String surname = SURNAMES[random.nextInt(SURNAMES.length)].replace("\"", "\"\"");
        b.append(",\"").append(surname).append(", ").append(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)])
                .append(' ').append((char) ('A' + random.nextInt(26))).append(".\"");
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** Appends {@code v} rounded to {@code places} decimals, the way a CSV writer prints it. */
    private static void decimal(StringBuilder b, double v, int places) {
        long scale = places == 6 ? 1_000_000 : 100;
        long n = Math.round(v * scale);
        if (n < 0) {
            b.append('-');
            n = -n;
        }
        b.append(n / scale).append('.');
        String frac = Long.toString(n % scale);
        for (int k = frac.length(); k < places; k++) {
            b.append('0');
        }
        b.append(frac);
    }
}
