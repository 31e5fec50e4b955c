package org.mlpworkbench.ui.prepare;

import java.util.List;
import org.mlpworkbench.data.Matrix;

/** The first rows of the feature matrix with the feature names, and of the target matrix with the output names. */
public record FeaturePreview(List<String> featureNames, Matrix features, List<String> outputNames, Matrix targets) {

    public FeaturePreview {
        featureNames = List.copyOf(featureNames);
        outputNames = List.copyOf(outputNames);
    }
}
