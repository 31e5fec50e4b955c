package org.mlpworkbench.ui.export;

/** An ID column to copy to the predictions file, or none ({@code column} null). */
public record IdChoice(String column) {

    public static final IdChoice NONE = new IdChoice(null);

    @Override
    public String toString() {
        return column == null ? "none" : column;
    }
}
