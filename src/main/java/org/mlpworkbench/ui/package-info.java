/**
 * The JavaFX desktop application (the only package, with the launcher, that may use JavaFX).
 *
 * <p>Design: MVC with view-models, in the style of JabRef/AtlantaFX. {@link org.mlpworkbench.ui.WorkbenchApp}
 * builds one {@link org.mlpworkbench.ui.MainWindow}: menu bar ({@code AppMenus}, every action with a
 * mnemonic, frequent ones with an accelerator), the workflow {@code StepBar} (Data → Prepare → Train →
 * Evaluate → Export; a step is enabled once its input exists, and says what enables it), the current
 * step's view ({@code StepPages}) and the status bar. The window owns the session ({@code
 * session.WorkbenchModel}, read-only outside its commands) and one view-model per step; views are built on
 * first visit and kept, so switching steps loses nothing.
 *
 * <p>Sub-packages: {@code task} (the {@code BackgroundTasks} seam: every core call is one {@code BackgroundJob}
 * — start, updates, success or failure, latest-wins slots — run in one {@code javafx.concurrent.Task}, or
 * synchronously in view-model tests; the one {@code ProblemSink} the window shows as dialogs);
 * {@code session} (what the user works on, settings, samples); {@code component} (reusable nodes:
 * the canvas {@code LinePlot}, {@code Sparkline}, {@code FormGrid} with validated {@code Field}s, dialogs);
 * {@code data}, {@code prepare}, {@code train}, {@code evaluate}, {@code export} (one view + view-model per step);
 * {@code project} (save and open the whole session as a {@code .mlpw} file, the unsaved-changes prompt before
 * closing). View-models expose
 * read-only properties and commands, never touch nodes, and are unit-tested without the toolkit;
 * views bind to them. Core listener callbacks arrive on worker threads and reach the UI only through
 * the seam; no metric, curve, bundle or file work runs on the UI thread (the test suite turns on
 * {@code data.WorkerThread}, which refuses it). Styles: {@code workbench.css} (light) and {@code dark.css} (overrides), chosen in View ›
 * Dark theme and remembered.
 */
package org.mlpworkbench.ui;
