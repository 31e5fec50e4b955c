package org.mlpworkbench.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a CSV shaped like the KDD Cup 1999 intrusion data: 41 feature columns (3 categorical: a protocol of 3
 * values, a service of 70, a flag of 11; 38 numeric: byte counts, connection counts, 0/1 flags and rates with two
 * decimals) and a {@code label} of 23 classes, skewed as KDD's are (each class 0.6 times as frequent as the one
 * before: about 40 %, 24 %, 14 %... of the rows, the rarest a few rows in 500,000). Each class shifts some features, so a network can learn it.
 * Deterministic for a given seed.
 */
public final class KddCsvGenerator {

    /** Feature columns; the file has one more, the label. */
    public static final int FEATURES = 41;
    public static final int CLASSES = 23;
    private static final String[] PROTOCOLS = {"tcp", "udp", "icmp"};
    private static final int SERVICES = 70;
    private static final int FLAGS = 11;
    private static final int CATEGORICAL = 3;

    private KddCsvGenerator() {
    }

    /** Writes {@code rows} data rows (plus a header) to {@code file}; returns the file size in bytes. */
    public static long write(Path file, int rows, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        double[] cumulative = classShares();
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                StandardCharsets.UTF_8), 1 << 16)) {
            out.write(header());
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                int label = pick(cumulative, random.nextDouble());
                row(line, label, random);
                line.append('\n');
                out.append(line);
            }
        }
        return Files.size(file);
    }

    /** Class shares falling geometrically (about 0.40, 0.24, 0.14, ...), as cumulative sums. */
    private static double[] classShares() {
        double[] c = new double[CLASSES];
        double total = 0;
        for (int k = 0; k < CLASSES; k++) {
            total += Math.pow(0.6, k);
            c[k] = total;
        }
        for (int k = 0; k < CLASSES; k++) {
            c[k] /= total;
        }
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        for (int k = 0; k < cumulative.length - 1; k++) {
            if (u < cumulative[k]) {
                return k;
            }
        }
        return cumulative.length - 1;
    }

    private static String header() {
        StringBuilder h = new StringBuilder("duration,protocol_type,service,flag");
        for (int i = CATEGORICAL + 2; i <= FEATURES; i++) {
            h.append(",f").append(i);
        }
        return h.append(",label").toString();
    }

    private static void row(StringBuilder b, int label, SplittableRandom random) {
        b.append(random.nextInt(8) == 0 ? random.nextInt(5000) : 0);
        b.append(',').append(PROTOCOLS[(label + (random.nextInt(5) == 0 ? random.nextInt(3) : 0)) % 3]);
        b.append(",svc_").append((label * 3 + random.nextInt(4) * random.nextInt(18)) % SERVICES);
        b.append(",F").append(random.nextInt(4) == 0 ? random.nextInt(FLAGS) : label % FLAGS);
        for (int i = CATEGORICAL + 2; i <= FEATURES; i++) {
            b.append(',');
            switch (i % 4) {
                case 0 -> b.append(random.nextInt(100) < 5 + label * 4 ? 1 : 0);              // a 0/1 flag
                case 1 -> b.append((long) Math.exp(random.nextGaussian() * 2 + 4 + label % 5)); // a byte count
                case 2 -> b.append(random.nextInt(512) * (label % 3 + 1) / 3);                   // a count
                default -> rate(b, Math.min(1, Math.max(0, label / 22.0 + random.nextGaussian() * 0.2)));
            }
        }
        b.append(",class_").append(label);
    }

    private static void rate(StringBuilder b, double v) {
        int hundredths = (int) Math.round(v * 100);
        b.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
    }
}
