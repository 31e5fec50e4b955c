package org.mlpworkbench.ui.session;

/**
 * The workflow, in order. The main window shows one step at a time; Ctrl+digit jumps to a step. Tune sits between
 * Prepare and Train because it needs a preparation and its result is a Train form to run; it is optional, so the
 * Train step is available as soon as a target is chosen. Projects save the step by name, so files saved before
 * Tune existed open on the same step.
 */
public enum Step {
    DATA("Data", "Open a CSV file and check its columns"),
    PREPARE("Prepare", "Choose the target, the columns to use and their encodings"),
    TUNE("Tune", "Search hyperparameters by cross-validation and train the best settings"),
    TRAIN("Train", "Configure the network and train it while the curves draw"),
    EVALUATE("Evaluate", "Inspect the trained model: metrics and decision threshold"),
    EXPORT("Export", "Save the trained model for use elsewhere");

    private final String title;
    private final String purpose;

    Step(String title, String purpose) {
        this.title = title;
        this.purpose = purpose;
    }

    public String title() {
        return title;
    }

    /** One sentence on what the step is for. */
    public String purpose() {
        return purpose;
    }

    /** 1-based position, also the digit of its Ctrl+digit shortcut. */
    public int number() {
        return ordinal() + 1;
    }
}
