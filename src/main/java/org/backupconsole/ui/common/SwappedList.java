package org.backupconsole.ui.common;

import java.util.Collections;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list whose whole contents are swapped for another list, telling its listeners once,
 * without copying either: a replacement of 100,000 rows costs what a replacement of ten does. An
 * {@code ObservableList.setAll} copies the new rows in and the old ones out for its change, and that garbage,
 * collected mid-frame, was most of a slow calendar change. The lists handed in must not change afterwards.
 */
public final class SwappedList<T> extends ObservableListBase<T> {

    private List<T> shown = List.of();

    /** Shows {@code unchanging} in place of the list shown now. */
    public void show(List<T> unchanging) {
        List<T> before = shown;
        shown = unchanging;
        if (!before.isEmpty() || !unchanging.isEmpty()) {
            fireChange(new Swapped<>(this, Collections.unmodifiableList(before), unchanging.size()));
        }
    }

    @Override
    public T get(int index) {
        return shown.get(index);
    }

    @Override
    public int size() {
        return shown.size();
    }

    /** One replacement of everything: what was shown goes, and all that is shown now comes. */
    private static final class Swapped<T> extends ListChangeListener.Change<T> {

        private final List<T> removed;
        private final int added;
        private boolean onIt;

        Swapped(SwappedList<T> list, List<T> removed, int added) {
            super(list);
            this.removed = removed;
            this.added = added;
        }

        @Override
        public boolean next() {
            if (onIt) {
                return false;
            }
            onIt = true;
            return true;
        }

        @Override
        public void reset() {
            onIt = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return added;
        }

        @Override
        public List<T> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }
}
