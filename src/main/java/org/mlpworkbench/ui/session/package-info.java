/**
 * What the user is working on and what outlives a session: the {@code WorkbenchModel} (current data,
 * preparation and training runs, kept while the user moves between steps), {@link
 * org.mlpworkbench.ui.session.Settings} (recent files, theme; a JSON file in the configuration folder)
 * and {@link org.mlpworkbench.ui.session.SampleFiles} (the bundled sample CSVs). No JavaFX nodes here,
 * only observable properties, so view-models and tests use it without the toolkit.
 */
package org.mlpworkbench.ui.session;
