package org.mlpworkbench.prep;

/** What the network predicts, which fixes how the target columns become the target matrix. */
public enum Task {
    /** One column with two values: one output, 1 for the positive class. */
    BINARY("binary"),
    /** One column with three or more classes: one-hot outputs, one per class. */
    MULTI_CLASS("multi-class"),
    /** Several 0/1 columns, or one column of delimited label sets: one 0/1 output per label. */
    MULTI_LABEL("multi-label"),
    /** One or more numeric columns: one real-valued output per column. */
    REGRESSION("regression");

    private final String label;

    Task(String label) {
        this.label = label;
    }

    /** The lower-case name used in messages and in the recipe JSON ({@code "multi-class"}). */
    public String label() {
        return label;
    }

    /** The task whose {@link #label()} is {@code label}; an unknown label gets a message listing the four. */
    public static Task fromLabel(String label) {
        for (Task t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task '" + label + "'; expected binary, multi-class, multi-label or regression");
    }

    /** Whether each row belongs to one class (binary or multi-class), so that splits can be stratified. */
    public boolean isSingleLabelClassification() {
        return this == BINARY || this == MULTI_CLASS;
    }
}
