package org.mlpworkbench.prep;

import java.util.List;

/**
 * A problem the user can fix: a recipe that does not fit the data, a file whose columns do not match
 * the fitted recipe, or a recipe document that cannot be read. The message names the columns involved;
 * {@link #problems()} lists each problem separately for display.
 */
public final class RecipeException extends IllegalArgumentException {

    private final List<String> problems;
    private final int row;
    private final String rowProblem;

    public RecipeException(String problem) {
        this(List.of(problem));
    }

    public RecipeException(List<String> problems) {
        this(problems, -1, null);
    }

    /** Problems of which one is about a value in row {@code row} (0-based) of the table, told by {@code rowProblem}. */
    public RecipeException(List<String> problems, int row, String rowProblem) {
        super(problems.size() == 1 ? problems.get(0) : String.join("; ", problems));
        this.problems = List.copyOf(problems);
        this.row = row;
        this.rowProblem = rowProblem;
    }

    /** The table row (0-based) of the first value that does not fit, or -1 when no problem is about a row. */
    public int row() {
        return row;
    }

    /** The problem about {@link #row()} ("column 'Age' must hold numbers..."), without the file name; or null. */
    public String rowProblem() {
        return rowProblem;
    }

    /** Each problem as one sentence. */
    public List<String> problems() {
        return problems;
    }
}
