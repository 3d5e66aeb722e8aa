package org.backupconsole.ui.restore;

import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.ui.common.Request;
import org.backupconsole.ui.common.UiExecutors;

/**
 * Asks the backend what a restore target holds now (its databases, and its tables where the backend can tell).
 * Checking another target cancels the check under way, so an answer for a target the user has left is dropped.
 */
public final class TargetCheck {

    private final BackupService service;
    private final UiExecutors executors;
    private final ReadOnlyObjectWrapper<TargetContents> contents = new ReadOnlyObjectWrapper<>(this, "contents");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Request request = Request.NONE;
    private Cluster cluster;

    TargetCheck(BackupService service, UiExecutors executors) {
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
    }

    /** Checks a target; {@code null} forgets the last one, for a target that cannot take the restore anyway. */
    void check(Cluster target) {
        request.cancel();
        cluster = target;
        contents.set(null);
        error.set("");
        if (target == null) {
            checking.set(false);
            status.set("");
            return;
        }
        checking.set(true);
        status.set("Checking what " + target.name() + " holds now…");
        request = executors.call(
                () -> new TargetContents(target.name(), service.listDatabases(target.id()),
                        service.clusterContents(target.id())),
                found -> {
                    contents.set(found);
                    status.set(found.describe());
                },
                failure -> {
                    error.set(failure.message());
                    status.set("Could not check what " + target.name() + " holds now. " + failure.message());
                },
                () -> checking.set(false));
    }

    /** Checks the same target again, after a failed check or after it was emptied. */
    public void checkAgain() {
        check(cluster);
    }

    public Optional<TargetContents> contents() {
        return Optional.ofNullable(contents.get());
    }

    public ReadOnlyObjectProperty<TargetContents> contentsProperty() {
        return contents.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Why the last check failed; empty while checking or after a check that worked. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the target holds now, or that it is being checked, or why it could not be. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
