package org.mlpworkbench.prep;

import java.util.Arrays;

/**
 * Row indices of a training set and a validation set (or one cross-validation fold), each ascending,
 * disjoint. Indices refer to the table the split was made for.
 */
public record Split(int[] train, int[] validation) {

    public Split {
        train = train.clone();
        validation = validation.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] validation() {
        return validation.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Split s && Arrays.equals(s.train, train) && Arrays.equals(s.validation, validation);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(train) + Arrays.hashCode(validation);
    }

    @Override
    public String toString() {
        return "Split[" + train.length + " train, " + validation.length + " validation]";
    }
}
