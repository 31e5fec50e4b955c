package org.mlpworkbench.bundle;

import org.mlpworkbench.data.FileNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.mlpworkbench.data.Matrix;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.model.Mlp;
import org.mlpworkbench.model.TaskKind;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;

/**
 * A trained model that travels: the network, the fitted preprocessing recipe, the decision
 * threshold of each output (binary and multi-label tasks; empty otherwise), how it was trained, and
 * when it was saved. {@link #save} writes it as a bundle directory (or {@code .zip}) — see
 * {@code docs/bundle.md} — and {@link #load} reads it back so that {@link #predict} gives bit-identical
 * results.
 */
public record ModelBundle(Mlp model, FittedRecipe recipe, List<Double> thresholds, TrainingRecord training,
                          Instant createdAt) {

    /** The threshold of every output unless the user chose another: predicted positive iff {@code p > 0.5}. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    public ModelBundle {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(createdAt, "createdAt");
        thresholds = Collections.unmodifiableList(new ArrayList<>(thresholds));
        int inputs = model.spec().inputs();
        int outputs = model.spec().outputs();
        if (recipe.featureNames().size() != inputs) {
            throw new IllegalArgumentException("the recipe makes " + recipe.featureNames().size()
                    + " features but the network has " + inputs + " inputs");
        }
        if (recipe.outputNames().size() != outputs) {
            throw new IllegalArgumentException("the recipe has " + recipe.outputNames().size()
                    + " outputs but the network has " + outputs);
        }
        if (TaskKind.of(recipe.task()) != model.spec().task()) {
            throw new IllegalArgumentException("the recipe is for a " + recipe.task().label() + " task but the network for "
                    + JsonFields.name(model.spec().task()));
        }
        int expected = usesThresholds(recipe.task()) ? outputs : 0;
        if (thresholds.size() != expected) {
            throw new IllegalArgumentException("a " + recipe.task().label() + " model needs " + expected
                    + " threshold(s), got " + thresholds.size());
        }
        for (double t : thresholds) {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalArgumentException("a threshold must be between 0 and 1, got " + t);
            }
        }
    }

    /** A bundle with {@link #DEFAULT_THRESHOLD} for every output that has one, saved now. */
    public static ModelBundle of(Mlp model, FittedRecipe recipe, TrainingRecord training) {
        return new ModelBundle(model, recipe, defaultThresholds(recipe), training, Instant.now());
    }

    /** 0.5 per output for binary and multi-label recipes, none otherwise. */
    public static List<Double> defaultThresholds(FittedRecipe recipe) {
        return usesThresholds(recipe.task())
                ? Collections.nCopies(recipe.outputNames().size(), DEFAULT_THRESHOLD) : List.of();
    }

    /** Whether outputs of this task are turned into labels by thresholds (binary, multi-label). */
    public static boolean usesThresholds(Task task) {
        return task == Task.BINARY || task == Task.MULTI_LABEL;
    }

    public Task task() {
        return recipe.task();
    }

    /** {@code chosen}, checked as {@link #withThresholds} checks them, or this bundle's own when null. */
    public List<Double> thresholdsOr(List<Double> chosen) {
        return chosen == null ? thresholds : withThresholds(chosen).thresholds();
    }

    /** This bundle with other thresholds (one per output, each in [0, 1]). */
    public ModelBundle withThresholds(List<Double> newThresholds) {
        return new ModelBundle(model, recipe, newThresholds, training, createdAt);
    }

    /**
     * The model's outputs for every row of {@code table}: probabilities for classification, values in
     * the target's own units for regression (the recipe's target scaling undone).
     *
     * @throws org.mlpworkbench.prep.RecipeException when the table lacks a required column or a column's
     *                                               values do not fit its step
     */
    public Matrix predict(Table table) {
        return predictFeatures(recipe.features(table));
    }

    /** The outputs for a feature matrix already made by this bundle's recipe. */
    public Matrix predictFeatures(Matrix features) {
        return predictFeatures(features, 0);
    }

    /**
     * The outputs for features of rows that start at row {@code firstRow} of a longer input: the same bits
     * as predicting the whole input at once ({@link Mlp#predict(Matrix, long)}).
     */
    public Matrix predictFeatures(Matrix features, long firstRow) {
        return recipe.inverseTargets(model.predict(features, firstRow));
    }

    /**
     * Saves the bundle to the directory {@code target} (replacing a bundle there), or to a zip if it ends in
     * {@code .zip}: {@code model.json}, {@code weights.npz} and the model card {@code MODEL.md} ({@link ModelCard}).
     */
    public void save(Path target) throws IOException {
        BundleFiles.save(target, ModelJson.toJson(this), Parameters.arrays(model), ModelCard.ofBundle(this, FileNames.name(target)));
    }

    /**
     * Checks, before any work, that {@link #save} may write to {@code target}: a zip file, a new path,
     * an empty folder, or a folder holding a bundle (which is replaced).
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code target} is another folder with files in it
     */
    public static void checkTarget(Path target) throws IOException {
        BundleFiles.checkTarget(target);
    }

    /** Loads a bundle directory or zip; refuses, with a message saying what is wrong, anything that is not a valid bundle. */
    public static ModelBundle load(Path source) throws IOException {
        BundleFiles.Contents contents = BundleFiles.load(source);
        return ModelJson.fromJson(contents.model(), contents.weights(), source.getFileName() + "/" + BundleFiles.MODEL_JSON);
    }
}
