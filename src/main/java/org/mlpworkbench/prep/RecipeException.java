package org.mlpworkbench.prep;

import java.util.List;

/**
 * A problem the user can fix: a recipe that does not fit the data, a file whose columns do not match
 * the fitted recipe, or a recipe document that cannot be read. The message names the columns involved;
 * {@link #problems()} lists each problem separately for display.
 */
public final class RecipeException extends IllegalArgumentException {

    private final List<String> problems;

    public RecipeException(String problem) {
        this(List.of(problem));
    }

    public RecipeException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem as one sentence. */
    public List<String> problems() {
        return problems;
    }
}
