package org.mlpworkbench.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** A small generated binary-classification CSV (id, two numbers, a colour, a 0/1 target), the same every time. */
final class SmallData {
    static final String TARGET = "y";

    private SmallData() {
    }

    /** Writes {@code rows} rows to {@code file} and returns it. */
    static Path write(Path file, int rows) throws IOException {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("id,x1,x2,colour,y\n");
        String[] colours = {"red", "green", "blue"};
        for (int i = 0; i < rows; i++) {
            double x1 = random.nextGaussian();
            double x2 = random.nextGaussian();
            String colour = colours[random.nextInt(colours.length)];
            int y = x1 + 0.5 * x2 + (colour.equals("red") ? 0.7 : 0) + 0.3 * random.nextGaussian() > 0.2 ? 1 : 0;
            csv.append(i + 1).append(',').append(String.format(Locale.ROOT, "%.4f,%.4f", x1, x2)).append(',')
                    .append(colour).append(',').append(y).append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    /** Trains a small model on {@code data} into {@code out}; fails the test when training fails. */
    static Cli.Result train(Path data, Path out, String... options) {
        String[] base = {"train", "--data", data.toString(), "--target", TARGET, "--epochs", "2", "--hidden", "4",
                "--out", out.toString()};
        String[] args = new String[base.length + options.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(options, 0, args, base.length, options.length);
        return Cli.run(args);
    }
}
