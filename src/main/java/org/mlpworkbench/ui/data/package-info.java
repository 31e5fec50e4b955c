/**
 * The Data step. {@link org.mlpworkbench.ui.data.DataViewModel} opens a file in one background job
 * ({@code LoadJob}: the core {@code CsvReader} with progress, first-rows preview and cancellation, then
 * every column's summary and {@link org.mlpworkbench.ui.data.Histogram}); the session's data changes only
 * when a load succeeds, so a failed or cancelled load keeps what was there. Re-typing a column is another
 * job ({@code LoadedTable.withType}, whose error names the line). {@link org.mlpworkbench.ui.data.DataView}
 * shows the welcome pane (open, samples, recent files, drop target) or the column list with sparklines and
 * the {@link org.mlpworkbench.ui.data.TablePreview}, which is virtualised over the columnar table (items
 * are row numbers; cells read values only while visible).
 */
package org.mlpworkbench.ui.data;
