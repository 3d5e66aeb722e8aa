package org.backupconsole.ui.backups;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** ADVANCED's Incomplete Backups tab: the failed and pending runs, or that the backend does not report them. */
public final class IncompleteBackupsViewModel {

    static final String NONE = "No failed or pending backup runs.";

    private final ObservableList<IncompleteBackupRow> rows = FXCollections.observableArrayList();
    private final ObservableList<IncompleteBackupRow> shownRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", NONE);
    private final ReadOnlyStringWrapper notReportedNote = new ReadOnlyStringWrapper(this, "notReportedNote", "");

    /** @param runs the cluster's incomplete runs, or empty when the backend does not report them */
    void show(Optional<List<IncompleteBackupRow>> runs) {
        rows.setAll(runs.orElse(List.of()));
        placeholder.set(runs.isPresent() ? NONE : CloudApiGaps.INCOMPLETE_BACKUPS);
        notReportedNote.set(runs.isPresent() ? "" : CloudApiGaps.INCOMPLETE_BACKUPS);
    }

    /** Forgets the runs of the cluster the user has left, while the next cluster's load. */
    void clear() {
        rows.clear();
        placeholder.set("Loading the backup runs…");
        notReportedNote.set("");
    }

    public ObservableList<IncompleteBackupRow> rows() {
        return shownRows;
    }

    /** What the tab says when it lists nothing: that there are no such runs, or that they are not reported. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** For the tab's hover text: what the backend does not report; empty when it reports the runs. */
    public ReadOnlyStringProperty notReportedNoteProperty() {
        return notReportedNote.getReadOnlyProperty();
    }
}
