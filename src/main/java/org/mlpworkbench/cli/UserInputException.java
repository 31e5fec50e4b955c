package org.mlpworkbench.cli;

/** Input the user can fix (a wrong column name, an option that does not fit the data): exit code 2. */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
