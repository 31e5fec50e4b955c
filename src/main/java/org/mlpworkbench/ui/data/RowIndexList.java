package org.mlpworkbench.ui.data;

import javafx.collections.ObservableListBase;

/**
 * The rows 0..n-1 as an unmodifiable observable list that stores nothing: the items of the virtualised
 * table preview, whose cells read values straight from the columnar {@code Table}.
 */
final class RowIndexList extends ObservableListBase<Integer> {

    private final int size;

    RowIndexList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
