package org.mlpworkbench.ui.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlpworkbench.data.Column;
import org.mlpworkbench.data.ColumnType;
import org.mlpworkbench.data.LoadedTable;
import org.mlpworkbench.data.Table;
import org.mlpworkbench.ui.component.Dialogs;
import org.mlpworkbench.ui.component.Problem;
import org.mlpworkbench.ui.session.DataSet;
import org.mlpworkbench.ui.session.Settings;
import org.mlpworkbench.ui.session.WorkbenchModel;
import org.mlpworkbench.ui.task.BackgroundTasks;
import org.mlpworkbench.ui.task.LatestJob;
import org.mlpworkbench.ui.task.JobMonitor;

/**
 * State and commands of the Data step. {@link #open} reads a file in one background job (the first
 * rows are shown as soon as the reader has them); the loaded table replaces the session's data only
 * when the whole file has been read, so a failed or cancelled load leaves the previous data intact.
 * {@link #retype} changes a column's type in another job.
 */
public final class DataViewModel {

    private final WorkbenchModel model;
    private final BackgroundTasks tasks;
    private final Settings settings;
    private final ObservableList<ColumnRow> columns = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Table> shownTable = new ReadOnlyObjectWrapper<>(this, "shownTable");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description",
            "No file loaded");
    private final LatestJob load = new LatestJob();

    public DataViewModel(WorkbenchModel model, BackgroundTasks tasks, Settings settings) {
        this.model = model;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** Reads {@code file} in the background, replacing any load still running. */
    public void open(Path file) {
        open(file, Map.of(), loaded -> { });
    }

    /**
     * Reads {@code file} in the background like {@link #open(Path)}, gives its columns the saved
     * {@code types} where their values allow it, and then calls {@code then} on the UI thread with the
     * data now in the session — or with null when the load failed (reported as usual), was cancelled, or was
     * replaced by a newer load.
     */
    public void open(Path file, Map<String, ColumnType> types, Consumer<DataSet> then) {
        cancelLoad();
        loading.set(true);
        description.set("Reading " + file.getFileName() + "…");
        tasks.jobWithUpdates("Reading " + file.getFileName(), new LoadJob(file, types))
                .latestIn(load)
                .onUpdates(0, previews -> showPreview(previews.get(previews.size() - 1)))
                .onSuccess(loaded -> {
                    finishLoad(loaded);
                    then.accept(loaded.data());
                })
                .onFailure(error -> {
                    endLoad();
                    reportLoadError(file, error);
                    then.accept(null);
                })
                .onCancelled(() -> {
                    endLoad();
                    tasks.monitor().announce("Loading " + file.getFileName() + " cancelled");
                    then.accept(null);
                })
                .onDropped(() -> then.accept(null))
                .start();
    }

    /** Stops a running load; the previously loaded data stays. */
    public void cancelLoad() {
        load.cancel();
    }

    private void showPreview(Table preview) {
        if (loading.get()) {
            shownTable.set(preview);
        }
    }

    private void finishLoad(LoadJob.Loaded loaded) {
        loading.set(false);
        DataSet data = loaded.data();
        List<ColumnRow> rows = new ArrayList<>();
        for (int i = 0; i < data.table().columnCount(); i++) {
            rows.add(new ColumnRow(data.table().column(i), loaded.histograms().get(i)));
        }
        columns.setAll(rows);
        warnings.setAll(data.warnings());
        model.setData(data);
        shownTable.set(data.table());
        description.set(describe(data));
        settings.addRecent(data.file());
        tasks.monitor().announce("Loaded " + data.name() + ": " + data.table().rowCount() + " rows, "
                + data.table().columnCount() + " columns");
    }

    private void endLoad() {
        loading.set(false);
        DataSet current = model.data();
        shownTable.set(current == null ? null : current.table());
        description.set(current == null ? "No file loaded" : describe(current));
    }

    private void reportLoadError(Path file, Throwable error) {
        if (error instanceof java.nio.file.NoSuchFileException || !java.nio.file.Files.exists(file)) {
            settings.removeRecent(file);
        }
        tasks.problems().report(new Problem("Cannot open file", file.getFileName() + " could not be read",
                LoadJob.describe(file, error)));
        tasks.monitor().announce("Could not read " + file.getFileName());
    }

    private static String describe(DataSet data) {
        return String.format(java.util.Locale.ROOT, "%,d rows × %d columns · %s", data.table().rowCount(),
                data.table().columnCount(), data.format());
    }

    /** Gives {@code row}'s column the type {@code type}; an impossible change is reported, not applied. */
    public void retype(ColumnRow row, ColumnType type) {
        DataSet data = model.data();
        if (data == null || row.typeProperty().get() == type) {
            return;
        }
        tasks.job("Changing the type of " + row.name(), context -> {
            LoadedTable changed = data.loaded().withType(row.name(), type);
            Column column = changed.table().column(row.name());
            return new Retyped(changed, column, Histogram.of(column));
        }).onSuccess(result -> {
            if (model.data() != data) {
                return;
            }
            DataSet next = data.with(result.loaded());
            model.setData(next);
            row.update(result.column(), result.histogram());
            warnings.setAll(next.warnings());
            shownTable.set(next.table());
        }).onFailure(error -> row.update(data.table().column(row.name()), row.histogramProperty().get()))
                .reportFailure(error -> new Problem("Cannot change the type", "Column '" + row.name() + "' cannot be "
                        + type.name().toLowerCase(java.util.Locale.ROOT), Dialogs.describe(error)))
                .start();
    }

    private record Retyped(LoadedTable loaded, Column column, Histogram histogram) {
    }

    public ObservableList<ColumnRow> columns() {
        return columns;
    }

    /** The reader's warnings about the loaded file (e.g. short rows filled with missing values). */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The rows shown: the first rows while a file loads, then the whole table. */
    public ReadOnlyObjectProperty<Table> shownTableProperty() {
        return shownTable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** One line under the file name: size and how the file was read. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DataSet> dataProperty() {
        return model.dataProperty();
    }

    public DataSet data() {
        return model.data();
    }

    public ObservableList<Path> recentFiles() {
        return settings.recentFiles();
    }

    public JobMonitor monitor() {
        return tasks.monitor();
    }
}
