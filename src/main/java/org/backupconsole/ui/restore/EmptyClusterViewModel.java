package org.backupconsole.ui.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.UiExecutors;

/**
 * "Empty a cluster first": drops every database of a restore target, a destructive step of its own with its
 * own typed confirmation. Each database gets exactly one DeleteDatabase, one after the other, and each shows
 * how it went; nothing is retried and nothing starts by itself.
 */
public final class EmptyClusterViewModel {

    /** Where one database's drop is. */
    public enum DropState { WAITING, DROPPING, DROPPED, FAILED }

    /** One database to drop and how its drop went. */
    public record DropRow(String name, int tableCount, DropState state, String message) {
        DropRow with(DropState newState, String newMessage) {
            return new DropRow(name, tableCount, newState, newMessage);
        }
    }

    private final Cluster cluster;
    private final BackupService service;
    private final UiExecutors executors;
    private final Runnable onClosed;
    private final ObservableList<DropRow> rows = FXCollections.observableArrayList();
    private final ObservableList<DropRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final Command drop;

    /**
     * @param databases what the target held at the last check: exactly these are dropped
     * @param onClosed  runs when the dialog closes, to check the target again
     */
    public EmptyClusterViewModel(Cluster cluster, List<DatabaseSummary> databases, BackupService service,
                                 UiExecutors executors, Runnable onClosed) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.onClosed = Objects.requireNonNull(onClosed, "onClosed");
        if (databases.isEmpty()) {
            throw new IllegalArgumentException(cluster.name() + " holds no databases to drop");
        }
        databases.forEach(d -> rows.add(new DropRow(d.name(), d.tableCount(), DropState.WAITING, "")));
        confirmation.addListener(o -> problem.set(findProblem()));
        problem.set(findProblem());
        drop = new Command(Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !started.get(),
                problem, started), this::dropAll);
    }

    private String findProblem() {
        String typed = confirmation.get().strip();
        if (typed.isEmpty()) {
            return "Type " + cluster.name() + " to enable Drop.";
        }
        return typed.equals(cluster.name()) ? ""
                : "\"" + typed + "\" is not the cluster's name: type " + cluster.name() + " exactly.";
    }

    /** "Drop 2 databases of sandbox-basic?" */
    public String title() {
        return "Drop " + TargetContents.count(rows.size(), "database") + " of " + cluster.name() + "?";
    }

    /** What the drop destroys, in plain words. */
    public List<String> consequences() {
        int tables = rows.stream().mapToInt(DropRow::tableCount).sum();
        return List.of(
                "Every database listed here is dropped from " + cluster.name() + " with its "
                        + TargetContents.count(tables, "table") + " and all their data. It cannot be undone.",
                "Only a backup brings the data back: if you need it, make sure a backup of " + cluster.name()
                        + " holds it before you go on.",
                "Nothing else is sent: the restore still waits for your confirmation in the Restore dialog.");
    }

    private void dropAll(Runnable done) {
        started.set(true);
        summary.set("Dropping the databases of " + cluster.name() + "…");
        dropFrom(0, done);
    }

    private void dropFrom(int index, Runnable done) {
        if (index == rows.size()) {
            summary.set(outcome());
            done.run();
            return;
        }
        DropRow row = rows.get(index);
        rows.set(index, row.with(DropState.DROPPING, "Dropping…"));
        executors.call(() -> {
                    service.deleteDatabase(cluster.id(), row.name());
                    return row.name();
                },
                dropped -> rows.set(index, row.with(DropState.DROPPED, "Dropped")),
                failure -> rows.set(index, row.with(DropState.FAILED, failure.message())),
                () -> dropFrom(index + 1, done));
    }

    private String outcome() {
        List<String> failed = new ArrayList<>();
        rows.stream().filter(r -> r.state() == DropState.FAILED).forEach(r -> failed.add(r.name()));
        long dropped = rows.size() - failed.size();
        if (failed.isEmpty()) {
            return "Dropped " + TargetContents.count(rows.size(), "database") + ". " + cluster.name()
                    + " is checked again when you close this dialog.";
        }
        return "Dropped " + dropped + " of " + TargetContents.count(rows.size(), "database") + "; "
                + String.join(", ", failed) + (failed.size() == 1 ? " was" : " were")
                + " not dropped (see why above). Close this dialog to check " + cluster.name() + " again.";
    }

    /** Closes the dialog; refused while drops are on their way. */
    public void close() {
        if (!drop.runningProperty().get() && !finished.get()) {
            finished.set(true);
            onClosed.run();
        }
    }

    public ObservableList<DropRow> rows() {
        return rowsView;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** Why Drop is disabled; empty when it is enabled. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** How the drops went, once they have started. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True once the drops have started: the dialog never sends them again. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public Command dropCommand() {
        return drop;
    }

    public String clusterName() {
        return cluster.name();
    }
}
