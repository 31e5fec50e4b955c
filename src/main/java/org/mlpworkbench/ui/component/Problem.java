package org.mlpworkbench.ui.component;

/**
 * Something the user must be told in a dialog: a view-model reports it, the view shows it with
 * {@link Dialogs#error}.
 *
 * @param title   the window title, e.g. "Cannot open file"
 * @param header  one line naming what failed, e.g. "bank.csv could not be read"
 * @param message what went wrong, where and what was expected
 */
public record Problem(String title, String header, String message) {
}
