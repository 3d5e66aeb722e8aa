package org.backupconsole.ui.inspector;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.Confirmation;
import org.backupconsole.ui.common.Failure;
import org.backupconsole.ui.common.Request;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The data inspector: the databases, schemas and tables of a cluster now and in one of its backups, and the
 * incidents a trainer stages so that a restore's effect can be seen — a dropped database, a wiped cluster,
 * data written into a table.
 */
public final class InspectorViewModel {

    private static final long MEGABYTE = 1024L * 1024;

    private final SimulationSession session;
    private final UiExecutors executors;
    private final ZoneId zone;
    private final Runnable onDataChanged;

    private final ObservableList<Cluster> clusters = FXCollections.observableArrayList();

    private final ObservableList<Cluster> clustersView = FXCollections.unmodifiableObservableList(clusters);
    private final ObjectProperty<Cluster> selectedCluster = new SimpleObjectProperty<>(this, "selectedCluster");
    private final ReadOnlyObjectWrapper<Catalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog", Catalog.EMPTY);
    private final ObservableList<BackupChoice> backups = FXCollections.observableArrayList();
    private final ObservableList<BackupChoice> backupsView = FXCollections.unmodifiableObservableList(backups);
    private final ObjectProperty<BackupChoice> selectedBackup = new SimpleObjectProperty<>(this, "selectedBackup");
    private final ReadOnlyObjectWrapper<Catalog> backupCatalog = new ReadOnlyObjectWrapper<>(this, "backupCatalog", Catalog.EMPTY);
    private final ObservableList<String> databases = FXCollections.observableArrayList();
    private final ObservableList<String> databasesView = FXCollections.unmodifiableObservableList(databases);
    private final ObjectProperty<String> databaseToDrop = new SimpleObjectProperty<>(this, "databaseToDrop");
    private final ObservableList<TableRef> tables = FXCollections.observableArrayList();
    private final ObservableList<TableRef> tablesView = FXCollections.unmodifiableObservableList(tables);
    private final ObjectProperty<TableRef> tableToGrow = new SimpleObjectProperty<>(this, "tableToGrow");
    private final IntegerProperty megabytesToAdd = new SimpleIntegerProperty(this, "megabytesToAdd", 100);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Command dropDatabase;
    private final Command wipe;
    /** The header's cluster, chosen when the clusters are (re)loaded. */
    private String followedId;
    private final Command addData;
    private long generation;
    /** The backup whose contents are shown or on their way; a choice of the same backup again loads nothing. */
    private String shownBackupId;
    /** The contents on their way; choosing another backup cancels it, so an earlier answer never replaces a later. */
    private Request backupLoad = Request.NONE;

    /** A backup in the inspector's picker: the backup and how its time reads. */
    public record BackupChoice(Backup backup, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the inspector shows of one cluster. */
    private record ClusterData(Catalog catalog, List<Backup> backups) {
    }

    public InspectorViewModel(SimulationSession session, UiExecutors executors, ZoneId zone, Runnable onDataChanged) {
        this.session = Objects.requireNonNull(session, "session");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.onDataChanged = Objects.requireNonNull(onDataChanged, "onDataChanged");
        var clusterChosen = Bindings.isNotNull(selectedCluster);
        dropDatabase = new Command(clusterChosen.and(Bindings.isNotNull(databaseToDrop)), done -> {
            String id = clusterId();
            String database = databaseToDrop.get();
            stage(done, () -> current().dropDatabase(id, database), "Dropped database " + database + ".");
        });
        wipe = new Command(clusterChosen.and(Bindings.isNotEmpty(databases)), done -> {
            String id = clusterId();
            stage(done, () -> current().wipe(id), "Wiped " + selectedCluster.get().name() + ": it holds no database now.");
        });
        addData = new Command(clusterChosen.and(Bindings.isNotNull(tableToGrow)).and(megabytesToAdd.greaterThan(0)), done -> {
            String id = clusterId();
            TableRef table = tableToGrow.get();
            int megabytes = megabytesToAdd.get();
            stage(done, () -> current().addData(id, table.database(), table.table(), megabytes * MEGABYTE),
                    "Wrote " + megabytes + " MB into " + table + ".");
        });
        selectedCluster.addListener((obs, old, cluster) -> {
            if (cluster != null && (old == null || !old.id().equals(cluster.id()))) {
                showCluster(cluster);
            }
        });
        selectedBackup.addListener((obs, old, choice) -> {
            String id = choice == null ? null : choice.backup().id();
            if (!Objects.equals(id, shownBackupId)) {
                shownBackupId = id;
                showBackup(choice);
            }
        });
        session.onReplaced(replaced -> reload());
    }

    /** Loads the clusters, keeping the chosen one when it still exists. */
    public void reload() {
        Simulation simulation = current();
        String keptId = selectedCluster.get() == null ? followedId : selectedCluster.get().id();
        executors.call(simulation::clusters, all -> {
            clusters.setAll(all);
            Cluster keep = all.stream().filter(c -> c.id().equals(keptId)).findFirst()
                    .orElse(all.isEmpty() ? null : all.get(0));
            if (keep != null && keep.id().equals(keptId)) {
                showCluster(keep);
            }
            selectedCluster.set(keep);
        }, this::showFailure);
    }

    /** Shows the cluster the window's header has chosen, so that the inspector and the page speak of one cluster. */
    public void follow(String clusterId) {
        followedId = clusterId;
        clusters.stream().filter(c -> c.id().equals(clusterId)).findFirst().ifPresent(selectedCluster::set);
    }

    private void showCluster(Cluster cluster) {
        long request = ++generation;
        Simulation simulation = current();
        executors.call(() -> new ClusterData(simulation.catalog(cluster.id()), simulation.backups(cluster.id())), data -> {
            if (request != generation) {
                return;
            }
            catalog.set(data.catalog());
            databases.setAll(data.catalog().databases().stream().map(Catalog.Database::name).toList());
            databaseToDrop.set(databases.isEmpty() ? null : databases.get(0));
            tables.setAll(TableRef.allIn(data.catalog()));
            tableToGrow.set(tables.isEmpty() ? null : tables.get(0));
            String keptBackup = selectedBackup.get() == null ? null : selectedBackup.get().backup().id();
            backups.setAll(data.backups().stream().filter(Backup::isComplete)
                    .map(b -> new BackupChoice(b, BackupLabel.of(b, zone))).toList());
            selectedBackup.set(backups.stream().filter(b -> b.backup().id().equals(keptBackup)).findFirst()
                    .orElse(backups.isEmpty() ? null : backups.get(0)));
        }, this::showFailure);
    }

    private void showBackup(BackupChoice choice) {
        backupLoad.cancel();
        if (choice == null) {
            backupCatalog.set(Catalog.EMPTY);
            return;
        }
        Simulation simulation = current();
        backupLoad = executors.call(() -> simulation.backupContents(choice.backup().clusterId(), choice.backup().id()),
                backupCatalog::set, this::showFailure);
    }

    private void stage(Runnable done, Callable<Catalog> incident, String news) {
        Cluster cluster = selectedCluster.get();
        executors.call(incident, changed -> {
            message.set(news);
            error.set("");
            showCluster(cluster);
            onDataChanged.run();
        }, failure -> {
            message.set("");
            showFailure(failure);
        }, done);
    }

    private void showFailure(Failure failure) {
        error.set(failure.message());
    }

    private Simulation current() {
        return session.current();
    }

    private String clusterId() {
        return selectedCluster.get().id();
    }

    public ObservableList<Cluster> clusters() {
        return clustersView;
    }

    public ObjectProperty<Cluster> selectedClusterProperty() {
        return selectedCluster;
    }

    /** The selected cluster's data now. */
    public ReadOnlyObjectProperty<Catalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    /** The selected cluster's complete backups, newest first. */
    public ObservableList<BackupChoice> backups() {
        return backupsView;
    }

    public ObjectProperty<BackupChoice> selectedBackupProperty() {
        return selectedBackup;
    }

    /** What the selected backup captured. */
    public ReadOnlyObjectProperty<Catalog> backupCatalogProperty() {
        return backupCatalog.getReadOnlyProperty();
    }

    public ObservableList<String> databases() {
        return databasesView;
    }

    public ObjectProperty<String> databaseToDropProperty() {
        return databaseToDrop;
    }

    public ObservableList<TableRef> tables() {
        return tablesView;
    }

    public ObjectProperty<TableRef> tableToGrowProperty() {
        return tableToGrow;
    }

    public IntegerProperty megabytesToAddProperty() {
        return megabytesToAdd;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public Command dropDatabaseCommand() {
        return dropDatabase;
    }

    /** Asked before a wipe, which drops every database of the chosen cluster at once. */
    public Confirmation wipeConfirmation() {
        String cluster = selectedCluster.get() == null ? "the cluster" : selectedCluster.get().name();
        return new Confirmation("Wipe " + cluster + "?",
                "Every database of " + cluster + " is dropped in the simulation, as an incident would. Its backups"
                        + " stay, so a restore can bring the data back; nothing else undoes it.",
                "Wipe " + cluster);
    }

    public Command wipeCommand() {
        return wipe;
    }

    public Command addDataCommand() {
        return addData;
    }
}
