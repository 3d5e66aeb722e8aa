package org.backupconsole.ui.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.activity.ActivityAction;
import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityExport;
import org.backupconsole.activity.ActivityJournal;
import org.backupconsole.activity.ActivityOutcome;
import org.backupconsole.activity.JournalRead;
import org.backupconsole.ui.common.Failure;
import org.backupconsole.ui.common.Request;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The Activity page: the journal's changes, one row per change with its latest outcome, newest first, narrowed by
 * a search, the action, the outcome, the cluster and a date range; exported as the filters show it. The journal is
 * read in the background whenever it is asked to refresh, as after each change the app makes.
 */
public final class ActivityViewModel {

    /** The cluster choice that lets every cluster through. */
    public static final String ALL_CLUSTERS = "All clusters";

    /** The two forms an export takes. */
    public enum ExportFormat { CSV, JSON }

    private final Supplier<ActivityJournal> journal;
    private final UiExecutors executors;
    private final ZoneId zone;

    private List<ActivityRow> all = List.of();
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ActivityRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObservableList<String> actionChoices = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Arrays.stream(ActivityAction.values()).map(ActivityAction::displayName).toList()));
    private final ObservableList<String> checkedActions = FXCollections.observableArrayList();
    private final ObservableList<String> outcomeChoices = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList(Arrays.stream(ActivityOutcome.values()).map(ActivityOutcome::displayName).toList()));
    private final ObservableList<String> checkedOutcomes = FXCollections.observableArrayList();
    private final ObservableList<String> clusterChoices = FXCollections.observableArrayList(ALL_CLUSTERS);
    private final ObservableList<String> clusterChoicesView = FXCollections.unmodifiableObservableList(clusterChoices);
    private final StringProperty cluster = new SimpleStringProperty(this, "cluster", ALL_CLUSTERS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "Reading the activity journal…");
    private final ReadOnlyStringWrapper journalName = new ReadOnlyStringWrapper(this, "journalName", "");
    private final ReadOnlyStringWrapper damaged = new ReadOnlyStringWrapper(this, "damaged", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper exported = new ReadOnlyStringWrapper(this, "exported", "");
    private final ReadOnlyBooleanWrapper exportFailed = new ReadOnlyBooleanWrapper(this, "exportFailed");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private Request reading = Request.NONE;

    public ActivityViewModel(Supplier<ActivityJournal> journal, UiExecutors executors, ZoneId zone) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.zone = Objects.requireNonNull(zone, "zone");
        for (Observable filter : List.<Observable>of(search, checkedActions, checkedOutcomes, cluster, from, to)) {
            filter.addListener(changed -> applyFilters());
        }
    }

    /** Reads the journal again in the background; an answer to an earlier refresh is dropped. */
    public void refresh() {
        reading.cancel();
        ActivityJournal current = journal.get();
        reading = executors.call(current::read, this::show, failure -> {
            problem.set("The activity journal " + current.describe() + " could not be read: " + failure.message());
            placeholder.set("The activity journal could not be read.");
        });
    }

    /** Says on the page that a change could not be recorded; the change itself went on. */
    public void journalFailed(String message) {
        problem.set(message);
    }

    private void show(JournalRead read) {
        List<ActivityEntry> folded = read.folded();
        List<ActivityRow> newestFirst = new ArrayList<>(folded.size());
        for (int i = folded.size() - 1; i >= 0; i--) {
            newestFirst.add(ActivityRow.of(i, folded.get(i), zone));
        }
        all = List.copyOf(newestFirst);
        journalName.set(read.journal());
        damaged.set(read.damagedSummary().orElse(""));
        List<String> clusters = new ArrayList<>(List.of(ALL_CLUSTERS));
        clusters.addAll(new TreeSet<>(all.stream().map(ActivityRow::cluster).toList()));
        String chosen = cluster.get();
        clusterChoices.setAll(clusters);
        cluster.set(clusters.contains(chosen) ? chosen : ALL_CLUSTERS);
        applyFilters();
    }

    private void applyFilters() {
        List<ActivityRow> shown = all.stream().filter(this::lets).toList();
        rows.setAll(shown);
        count.set(shown.size() + " of " + all.size() + (all.size() == 1 ? " entry" : " entries"));
        placeholder.set(all.isEmpty()
                ? "No changes yet. Every restore, backup settings change and database drop made from this app or its "
                  + "command line appears here: when, by whom, on which cluster, and how it went."
                : "No entry matches the filters.");
    }

    private boolean lets(ActivityRow row) {
        return (checkedActions.isEmpty() || checkedActions.contains(row.action()))
                && (checkedOutcomes.isEmpty() || checkedOutcomes.contains(row.entry().outcome().displayName()))
                && (cluster.get() == null || ALL_CLUSTERS.equals(cluster.get()) || row.cluster().equals(cluster.get()))
                && (from.get() == null || !row.day().isBefore(from.get()))
                && (to.get() == null || !row.day().isAfter(to.get()))
                && row.matches(search.get() == null ? "" : search.get());
    }

    /** Lets every entry through again. */
    public void clearFilters() {
        search.set("");
        checkedActions.clear();
        checkedOutcomes.clear();
        cluster.set(ALL_CLUSTERS);
        from.set(null);
        to.set(null);
    }

    /** Writes the rows the filters show to the file, in the background, and says how many it wrote. */
    public void export(Path file, ExportFormat format) {
        if (exporting.get()) {
            return;
        }
        List<ActivityEntry> entries = rows.stream().map(ActivityRow::entry).toList();
        exporting.set(true);
        exported.set("");
        executors.call(() -> {
            write(file, format, entries);
            return entries.size();
        }, written -> {
            exportFailed.set(false);
            exported.set("Wrote " + written + (written == 1 ? " entry" : " entries") + " to " + file + ".");
        }, (Failure failure) -> {
            exportFailed.set(true);
            exported.set("Could not export to " + file + ": " + failure.message());
        }, () -> exporting.set(false));
    }

    private static void write(Path file, ExportFormat format, List<ActivityEntry> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (format == ExportFormat.CSV) {
                ActivityExport.csv(entries, out);
            } else {
                ActivityExport.json(entries, out);
            }
        } catch (NoSuchFileException e) {
            throw new IOException("its folder does not exist. Choose another.", e);
        } catch (AccessDeniedException e) {
            throw new IOException("it may not be written here. Choose another place.", e);
        }
    }

    public ObservableList<ActivityRow> rows() {
        return rowsView;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<String> actionChoices() {
        return actionChoices;
    }

    /** The actions to show; the view's check list writes here. */
    public ObservableList<String> checkedActions() {
        return checkedActions;
    }

    public ObservableList<String> outcomeChoices() {
        return outcomeChoices;
    }

    /** The outcomes to show; the view's check list writes here. */
    public ObservableList<String> checkedOutcomes() {
        return checkedOutcomes;
    }

    public ObservableList<String> clusterChoices() {
        return clusterChoicesView;
    }

    public StringProperty clusterProperty() {
        return cluster;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The journal shown, in words: its file, or the simulated session. */
    public ReadOnlyStringProperty journalNameProperty() {
        return journalName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportFailedProperty() {
        return exportFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
