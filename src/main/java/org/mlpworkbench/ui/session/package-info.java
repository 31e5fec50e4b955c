/**
 * What the user is working on and what outlives a session. {@link org.mlpworkbench.ui.session.WorkbenchModel}
 * is the session: the loaded {@link org.mlpworkbench.ui.session.DataSet}, the current {@link
 * org.mlpworkbench.ui.session.Preparation}, every {@link org.mlpworkbench.ui.session.RunRecord} (settings,
 * live {@link org.mlpworkbench.ui.session.RunCurves}, status, the core's {@code TrainedRun}, chosen thresholds)
 * and the last run with a usable model — kept while the user moves between steps, and the input of later steps
 * (evaluation, export, projects). View-models read it through read-only properties and change it only through
 * its commands ({@code setData}, {@code setPreparation}, {@code addRun}, {@code runEnded}, {@code replaceRuns}).
 * {@link org.mlpworkbench.ui.session.RunChoice} is the choice among runs with a model that Evaluate and Export
 * share; {@link org.mlpworkbench.ui.session.Step} names the workflow's steps. {@link org.mlpworkbench.ui.session.Settings}
 * (recent files, theme) is a JSON file in the user's configuration folder; {@link
 * org.mlpworkbench.ui.session.SampleFiles} finds the bundled sample CSVs. Only observable properties and
 * collections here, no nodes, so view-models and tests use it without the toolkit.
 */
package org.mlpworkbench.ui.session;
