package org.mlpworkbench.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.StringJoiner;

/**
 * Generates the datasets in {@code sample-data/}: small, deterministic (fixed seeds, {@link Random}, whose
 * sequence the JDK specifies), with numeric and categorical inputs, a few missing values, and targets
 * computed from the inputs plus noise, with interactions a linear model cannot fully capture. Run
 * {@code main} to rewrite the files; {@code SampleDataTest} checks they equal a fresh generation.
 */
public final class SampleDataGenerator {

    /** One generated file: its name, the one-line description for the README, and its text. */
    public record Dataset(String file, String description, String text) {
    }

    private SampleDataGenerator() {
    }

    /** Every dataset, in README order. */
    public static List<Dataset> all() {
        return List.of(loanApproval(), landCover(), sceneTags(), housePrices());
    }

    /** Writes every dataset into {@code args[0]} (default {@code sample-data}). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "sample-data");
        Files.createDirectories(dir);
        for (Dataset d : all()) {
            Files.writeString(dir.resolve(d.file()), d.text(), StandardCharsets.UTF_8);
        }
    }

    /** Binary: loan approval from income, debt, history and employment, with an income × debt interaction. */
    static Dataset loanApproval() {
        Random r = new Random(1001);
        Csv csv = new Csv("applicant_id", "age", "income_k", "debt_ratio", "credit_years", "employment", "home",
                "prior_default", "region", "approved");
        String[] employment = {"employed", "self-employed", "unemployed", "retired"};
        String[] home = {"rent", "own", "mortgage"};
        String[] region = {"north", "south", "east", "west"};
        for (int i = 0; i < 1500; i++) {
            int age = 21 + r.nextInt(50);
            int job = pick(r, 0.62, 0.16, 0.12, 0.10);
            double income = Math.max(8, (job == 2 ? 14 : job == 3 ? 26 : 38) + 0.45 * (age - 21) + 14 * r.nextGaussian());
            double debt = clamp(0.35 + 0.18 * r.nextGaussian() - 0.002 * (income - 40), 0, 0.95);
            int years = Math.max(0, Math.min(age - 20, (int) Math.round((age - 20) * 0.55 + 3 * r.nextGaussian())));
            int house = pick(r, 0.45, 0.2, 0.35);
            boolean defaulted = r.nextDouble() < (debt > 0.6 ? 0.3 : 0.07);
            double score = 0.055 * (income - 40) - 5.5 * (debt - 0.35) + 0.08 * years - (defaulted ? 2.2 : 0)
                    + (job == 2 ? -1.4 : 0) + (house == 1 ? 0.6 : 0)
                    - 3.0 * Math.max(0, debt - 0.5) * Math.max(0, 45 - income) / 20 + 0.9 * r.nextGaussian();
            csv.row(i + 1, age, r.nextDouble() < 0.04 ? null : fixed(income, 1), fixed(debt, 3),
                    r.nextDouble() < 0.03 ? null : years, employment[job], home[house], defaulted ? "yes" : "no",
                    region[r.nextInt(4)], score > 0 ? "yes" : "no");
        }
        return new Dataset("loan-approval.csv", "binary classification: 1500 loan applications, 8 inputs (4 numeric,"
                + " 3 categorical, 1 yes/no), `approved` yes/no from income, debt ratio, credit history, employment,"
                + " home and prior default with an income x debt interaction and noise; `income_k` and `credit_years`"
                + " have a few missing values; `applicant_id` is a row id.", csv.text());
    }

    /** Multi-class: land cover of a pixel from spectral bands, elevation and season. */
    static Dataset landCover() {
        Random r = new Random(2002);
        Csv csv = new Csv("red", "green", "blue", "nir", "elevation_m", "slope_deg", "season", "soil", "cover");
        String[] classes = {"water", "forest", "grassland", "cropland", "urban"};
        String[] seasons = {"winter", "spring", "summer", "autumn"};
        String[] soils = {"clay", "loam", "sand", "rock"};
        double[][] centre = {
                {0.05, 0.07, 0.12, 0.03}, {0.04, 0.09, 0.05, 0.42}, {0.08, 0.14, 0.07, 0.33},
                {0.12, 0.13, 0.09, 0.28}, {0.20, 0.19, 0.18, 0.21}};
        for (int i = 0; i < 2000; i++) {
            int c = pick(r, 0.15, 0.27, 0.22, 0.2, 0.16);
            int season = r.nextInt(4);
            double green = season == 0 && (c == 1 || c == 2 || c == 3) ? 0.6 : 1.0;
            double[] band = new double[4];
            for (int b = 0; b < 4; b++) {
                double scale = b == 3 ? green : 1.0;
                band[b] = clamp(centre[c][b] * scale + 0.025 * r.nextGaussian(), 0, 1);
            }
            double elevation = c == 0 ? 40 + 30 * r.nextDouble() : c == 1 ? 300 + 250 * r.nextGaussian() : 150 + 120 * Math.abs(r.nextGaussian());
            double slope = clamp(c == 0 ? 0.5 * r.nextDouble() : c == 1 ? 12 + 7 * r.nextGaussian() : 4 + 3 * r.nextGaussian(), 0, 60);
            int soil = c == 0 ? 0 : c == 4 ? pick(r, 0.2, 0.2, 0.2, 0.4) : c == 1 ? pick(r, 0.2, 0.4, 0.1, 0.3) : pick(r, 0.3, 0.5, 0.15, 0.05);
            int label = r.nextDouble() < 0.06 ? r.nextInt(5) : c;
            csv.row(fixed(band[0], 4), fixed(band[1], 4), fixed(band[2], 4), r.nextDouble() < 0.02 ? null : fixed(band[3], 4),
                    Math.round(Math.max(0, elevation)), fixed(slope, 1), seasons[season],
                    r.nextDouble() < 0.03 ? null : soils[soil], classes[label]);
        }
        return new Dataset("land-cover.csv", "multi-class classification: 2000 pixels, 8 inputs (4 spectral bands,"
                + " elevation, slope, season, soil), `cover` one of water, forest, grassland, cropland, urban; vegetation"
                + " is paler in winter, 6% of labels are random, `nir` and `soil` have a few missing values.", csv.text());
    }

    /** Multi-label: objects in a street or park scene, from image descriptors; 0/1 columns and a tags list. */
    static Dataset sceneTags() {
        Random r = new Random(3003);
        Csv csv = new Csv("brightness", "green_ratio", "grey_ratio", "edge_density", "vertical_lines", "skin_tone",
                "motion_blur", "setting", "time_of_day", "car", "bicycle", "person", "tree", "tags");
        String[] settings = {"street", "park", "highway", "forest", "square"};
        String[] names = {"car", "bicycle", "person", "tree"};
        for (int i = 0; i < 1800; i++) {
            int setting = r.nextInt(settings.length);
            boolean night = r.nextDouble() < 0.3;
            double green = clamp((setting == 1 || setting == 3 ? 0.45 : 0.12) + 0.1 * r.nextGaussian(), 0, 1);
            double grey = clamp((setting == 0 || setting == 2 || setting == 4 ? 0.5 : 0.15) + 0.1 * r.nextGaussian(), 0, 1);
            double edges = clamp(0.3 + 0.25 * grey + 0.1 * r.nextGaussian(), 0, 1);
            double vertical = clamp(0.2 + (setting == 3 ? 0.35 : setting == 0 ? 0.25 : 0) + 0.1 * r.nextGaussian(), 0, 1);
            double skin = clamp((setting == 4 || setting == 1 ? 0.12 : 0.04) + 0.05 * r.nextGaussian(), 0, 1);
            double blur = clamp((setting == 2 ? 0.5 : 0.15) + 0.12 * r.nextGaussian(), 0, 1);
            double brightness = clamp((night ? 0.25 : 0.7) + 0.1 * r.nextGaussian(), 0, 1);
            boolean[] has = {
                    grey * 2 + blur * 1.5 + (setting == 2 ? 0.8 : 0) + 0.3 * r.nextGaussian() > 1.6,
                    (setting == 1 || setting == 0 ? 0.5 : -0.5) + skin * 3 - blur + 0.35 * r.nextGaussian() > 0.2,
                    skin * 9 + (night ? -0.4 : 0.2) + 0.4 * r.nextGaussian() > 0.7,
                    green * 2.5 + vertical - grey + 0.3 * r.nextGaussian() > 0.9};
            StringJoiner tags = new StringJoiner(";");
            for (int k = 0; k < 4; k++) {
                if (has[k]) {
                    tags.add(names[k]);
                }
            }
            csv.row(fixed(brightness, 3), fixed(green, 3), fixed(grey, 3), fixed(edges, 3), fixed(vertical, 3),
                    r.nextDouble() < 0.03 ? null : fixed(skin, 3), fixed(blur, 3), settings[setting],
                    night ? "night" : "day", has[0] ? 1 : 0, has[1] ? 1 : 0, has[2] ? 1 : 0, has[3] ? 1 : 0, tags.toString());
        }
        return new Dataset("scene-tags.csv", "multi-label classification: 1800 scenes, 9 inputs (7 image descriptors,"
                + " `setting`, `time_of_day`), labels `car`, `bicycle`, `person`, `tree` as 0/1 columns (and the same"
                + " as a `;`-separated `tags` list, empty when none) from thresholds on noisy feature mixes;"
                + " `skin_tone` has a few missing values.", csv.text());
    }

    /** Regression: house prices from size, rooms, age, distance and neighbourhood, with diminishing returns. */
    static Dataset housePrices() {
        Random r = new Random(4004);
        Csv csv = new Csv("area_m2", "rooms", "age_years", "distance_km", "neighbourhood", "garden", "energy_label",
                "floor", "price_k");
        String[] hoods = {"old town", "riverside", "suburbs", "industrial", "hills"};
        double[] premium = {1.35, 1.2, 0.95, 0.75, 1.1};
        String[] labels = {"A", "B", "C", "D", "E", "F", "G"};
        for (int i = 0; i < 1600; i++) {
            int hood = r.nextInt(hoods.length);
            double area = Math.max(22, 75 + 28 * r.nextGaussian() + (hood == 2 ? 30 : 0));
            int rooms = Math.max(1, (int) Math.round(area / 28 + 0.7 * r.nextGaussian()));
            int age = Math.max(0, (int) Math.round(hood == 0 ? 80 + 30 * r.nextGaussian() : 30 + 20 * r.nextGaussian()));
            double distance = clamp((hood == 0 ? 1 : hood == 2 ? 9 : 5) + 2 * Math.abs(r.nextGaussian()), 0.2, 30);
            boolean garden = r.nextDouble() < (hood == 2 || hood == 4 ? 0.7 : 0.2);
            int energy = Math.min(6, Math.max(0, (int) Math.round(age / 18.0 + r.nextGaussian())));
            boolean flat = r.nextDouble() < (hood == 0 || hood == 1 ? 0.7 : 0.3);
            double price = premium[hood] * (5.5 * Math.pow(area, 0.85) + 15 * rooms) * Math.exp(-0.035 * distance)
                    - 0.5 * age + (garden ? 25 : 0) - 7 * energy + 20 * r.nextGaussian();
            csv.row(fixed(area, 1), rooms, age, fixed(distance, 2), hoods[hood], garden ? "yes" : "no",
                    r.nextDouble() < 0.05 ? null : labels[energy], flat ? Integer.valueOf(r.nextInt(8)) : null,
                    fixed(Math.max(30, price), 1));
        }
        return new Dataset("house-prices.csv", "regression: 1600 homes, 8 inputs (area, rooms, age, distance to the"
                + " centre, neighbourhood, garden yes/no, energy label A-G, floor), `price_k` in thousands from a"
                + " non-linear formula (area^0.85, exponential distance decay, neighbourhood premium) plus noise;"
                + " `floor` is missing for houses, `energy_label` for 5% of rows.", csv.text());
    }

    private static int pick(Random r, double... weights) {
        double u = r.nextDouble();
        double sum = 0;
        for (int i = 0; i < weights.length - 1; i++) {
            sum += weights[i];
            if (u < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A CSV under construction: {@code null} cells are written empty, nothing needs quoting. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder();
        private final int columns;

        Csv(String... header) {
            columns = header.length;
            row((Object[]) header);
        }

        void row(Object... cells) {
            if (cells.length != columns) {
                throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
            }
            List<String> out = new ArrayList<>();
            for (Object c : cells) {
                out.add(c == null ? "" : c.toString());
            }
            text.append(String.join(",", out)).append('\n');
        }

        String text() {
            return text.toString();
        }
    }
}
