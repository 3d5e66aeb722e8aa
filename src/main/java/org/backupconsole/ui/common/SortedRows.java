package org.backupconsole.ui.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.TransformationList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A view model's list shown in a table in the order of the columns the user sorts by, the list itself untouched.
 *
 * <p>The list often comes in the order the table opens on (the backups, newest first). While the table is sorted
 * that way, or not at all, the rows and their changes pass through as they are, costing nothing; the other
 * direction of that column is the list read backwards. Only another order sorts a copy, with the table's
 * comparator. JavaFX's {@code SortedList} sorts every time the list is replaced, which on 100,000 backups costs
 * more than a frame.
 */
public final class SortedRows<T> extends TransformationList<T, T> {

    private final TableColumn<T, ?> givenOrderColumn;
    private final TableColumn.SortType givenOrderDirection;
    private Order order = Order.AS_GIVEN;
    private Comparator<? super T> comparator;
    /**
     * When not {@link Order#AS_GIVEN}: the rows in the table's order, where each stands in the list, and where each
     * row of the list stands in the table.
     */
    private List<T> ordered = List.of();
    private int[] toSource = new int[0];
    private int[] fromSource = new int[0];

    private SortedRows(ObservableList<T> rows, TableColumn<T, ?> givenOrderColumn, TableColumn.SortType direction) {
        super(rows);
        this.givenOrderColumn = givenOrderColumn;
        this.givenOrderDirection = direction;
    }

    /** Shows {@code rows} sorted as the table's columns say; without a sort column they keep the list's order. */
    public static <T> void show(TableView<T> table, ObservableList<T> rows) {
        show(table, rows, null, TableColumn.SortType.ASCENDING);
    }

    /**
     * Shows {@code rows}, which are already ordered as {@code column} sorts them in {@code direction}; sorting by
     * that column alone then costs nothing.
     */
    public static <T> void show(TableView<T> table, ObservableList<T> rows, TableColumn<T, ?> column,
                                TableColumn.SortType direction) {
        SortedRows<T> sorted = new SortedRows<>(rows, column, direction);
        table.setItems(sorted);
        table.setSortPolicy(sortedTable -> {
            sorted.orderAs(sortedTable.getSortOrder(), sortedTable.getComparator());
            return true;
        });
    }

    private void orderAs(List<TableColumn<T, ?>> sortOrder, Comparator<? super T> tableComparator) {
        Order wanted = orderFor(sortOrder);
        // The table's comparator reads the columns' directions as it sorts, so a sorted copy is always sorted again.
        if (wanted == order && wanted != Order.SORTED) {
            return;
        }
        int[] permutation = new int[size()];
        for (int i = 0; i < permutation.length; i++) {
            permutation[i] = getSourceIndex(i);
        }
        order = wanted;
        comparator = tableComparator;
        arrange();
        for (int i = 0; i < permutation.length; i++) {
            permutation[i] = getViewIndex(permutation[i]);
        }
        beginChange();
        nextPermutation(0, permutation.length, permutation);
        endChange();
    }

    private Order orderFor(List<TableColumn<T, ?>> sortOrder) {
        if (sortOrder.isEmpty()) {
            return Order.AS_GIVEN;
        }
        if (sortOrder.size() == 1 && sortOrder.get(0) == givenOrderColumn) {
            return givenOrderColumn.getSortType() == givenOrderDirection ? Order.AS_GIVEN : Order.REVERSED;
        }
        return Order.SORTED;
    }

    /** Puts the list's rows in the table's order, when that is not the list's own. */
    private void arrange() {
        List<? extends T> source = getSource();
        int size = source.size();
        toSource = switch (order) {
            case AS_GIVEN -> new int[0];
            case REVERSED -> {
                int[] backwards = new int[size];
                for (int i = 0; i < size; i++) {
                    backwards[i] = size - 1 - i;
                }
                yield backwards;
            }
            case SORTED -> {
                List<Integer> indexes = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    indexes.add(i);
                }
                indexes.sort((a, b) -> comparator.compare(source.get(a), source.get(b)));
                yield indexes.stream().mapToInt(Integer::intValue).toArray();
            }
        };
        List<T> rows = new ArrayList<>(toSource.length);
        fromSource = new int[toSource.length];
        for (int i = 0; i < toSource.length; i++) {
            rows.add(source.get(toSource[i]));
            fromSource[toSource[i]] = i;
        }
        ordered = rows;
    }

    @Override
    protected void sourceChanged(ListChangeListener.Change<? extends T> change) {
        if (order == Order.AS_GIVEN) {
            fireChange(new PassedOn<>(this, change));
            return;
        }
        List<T> before = ordered;
        arrange();
        beginChange();
        nextReplace(0, ordered.size(), before);
        endChange();
    }

    @Override
    public T get(int index) {
        return order == Order.AS_GIVEN ? getSource().get(index) : ordered.get(index);
    }

    @Override
    public int size() {
        return getSource().size();
    }

    @Override
    public int getSourceIndex(int index) {
        return order == Order.AS_GIVEN ? index : toSource[index];
    }

    @Override
    public int getViewIndex(int index) {
        return order == Order.AS_GIVEN ? index : fromSource[index];
    }

    /** The list's own change, passed on as it is: the rows stand where they stand in the list. */
    private static final class PassedOn<T> extends ListChangeListener.Change<T> {

        private final ListChangeListener.Change<? extends T> change;

        PassedOn(SortedRows<T> rows, ListChangeListener.Change<? extends T> change) {
            super(rows);
            this.change = change;
        }

        @Override
        public boolean next() {
            return change.next();
        }

        @Override
        public void reset() {
            change.reset();
        }

        @Override
        public int getFrom() {
            return change.getFrom();
        }

        @Override
        public int getTo() {
            return change.getTo();
        }

        @Override
        @SuppressWarnings("unchecked") // read-only: the list's rows are rows of this list
        public List<T> getRemoved() {
            return (List<T>) change.getRemoved();
        }

        @Override
        public boolean wasPermutated() {
            return change.wasPermutated();
        }

        @Override
        public int getPermutation(int index) {
            return change.getPermutation(index);
        }

        @Override
        protected int[] getPermutation() {
            if (!change.wasPermutated()) {
                return new int[0];
            }
            int[] permutation = new int[getTo() - getFrom()];
            for (int i = 0; i < permutation.length; i++) {
                permutation[i] = change.getPermutation(getFrom() + i);
            }
            return permutation;
        }

        @Override
        public boolean wasUpdated() {
            return change.wasUpdated();
        }
    }

    private enum Order {
        AS_GIVEN, REVERSED, SORTED
    }
}
