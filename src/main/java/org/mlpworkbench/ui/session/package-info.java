/**
 * What the user is working on and what outlives a session. {@link org.mlpworkbench.ui.session.WorkbenchModel}
 * is the session: the loaded {@link org.mlpworkbench.ui.session.DataSet}, the current {@link
 * org.mlpworkbench.ui.session.Preparation}, every {@link org.mlpworkbench.ui.session.RunRecord} (settings,
 * live curves, status, result) and the last run with a usable model — kept while the user moves between
 * steps, and the input of later steps (evaluation, export, projects). {@link org.mlpworkbench.ui.session.Settings}
 * (recent files, theme) is a JSON file in the user's configuration folder; {@link
 * org.mlpworkbench.ui.session.SampleFiles} finds the bundled sample CSVs. Only observable properties and
 * collections here, no nodes, so view-models and tests use it without the toolkit.
 */
package org.mlpworkbench.ui.session;
