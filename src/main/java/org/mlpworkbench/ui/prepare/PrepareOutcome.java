package org.mlpworkbench.ui.prepare;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.mlpworkbench.prep.FittedRecipe;
import org.mlpworkbench.prep.Task;

/**
 * What the Prepare step shows of its last fit: the task in effect and why it was inferred, the one-line
 * summary and the feature preview — or, when the choices cannot be fitted, why not.
 */
public final class PrepareOutcome {

    private final ReadOnlyObjectWrapper<Task> task = new ReadOnlyObjectWrapper<>(this, "task");
    private final ReadOnlyStringWrapper taskReason = new ReadOnlyStringWrapper(this, "taskReason", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<FeaturePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");

    /** Shows a finished fit. */
    void fitted(PrepareJob.Result result) {
        FittedRecipe fitted = result.fitted();
        taskReason.set(reason(result));
        problem.set("");
        task.set(fitted.task());
        summary.set(fitted.summary(fitted.fittedRows()));
        preview.set(new FeaturePreview(fitted.featureNames(), result.preview().features(), fitted.outputNames(),
                result.preview().targets()));
    }

    /** Shows why the choices cannot be fitted; the task shown is the one forced, if any. */
    void failed(PrepareJob.Result result, Task forced) {
        taskReason.set(reason(result));
        problem.set(result.problem());
        summary.set("");
        preview.set(null);
        task.set(forced);
    }

    private static String reason(PrepareJob.Result result) {
        return result.guess() == null ? "" : result.guess().reason();
    }

    /** The task in effect (inferred or forced), null while unknown. */
    public ReadOnlyObjectProperty<Task> taskProperty() {
        return task.getReadOnlyProperty();
    }

    /** Why the task was inferred, e.g. "Survived has two values (0/1): binary, positive class '1'". */
    public ReadOnlyStringProperty taskReasonProperty() {
        return taskReason.getReadOnlyProperty();
    }

    /** E.g. "891 rows × 10 features → 1 output (binary: Survived=1)"; empty while there is a problem. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the choices cannot be prepared (empty when they can). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The first rows as the network receives them (null while there is a problem). */
    public ReadOnlyObjectProperty<FeaturePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
