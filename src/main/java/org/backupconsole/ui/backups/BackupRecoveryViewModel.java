package org.backupconsole.ui.backups;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Permissions;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.UiExecutors;

/**
 * The state of the Backup Recovery page: the organization's clusters, the selected one, and its backups as
 * table rows, with loading, empty and error states. Every backend call runs in the background; results that
 * arrive after the user has moved to another cluster are dropped.
 */
public final class BackupRecoveryViewModel {

    static final String NO_BACKUPS_YET = "No backups yet — the first is taken within 24 hours of creating the cluster.";
    static final String NO_BACKUPS_LEFT = "No backups left: the retention of this deleted cluster's backups has run out.";
    static final String NO_CLUSTERS = "This organization has no clusters yet. Create one to see its backups here.";

    private final BackupService service;
    private final UiExecutors executors;
    private final BackupRowFactory rowFactory;

    private final ReadOnlyStringWrapper organizationName = new ReadOnlyStringWrapper(this, "organizationName", "");
    private final ObservableList<Cluster> clusters = FXCollections.observableArrayList();
    private final ObjectProperty<Cluster> selectedCluster = new SimpleObjectProperty<>(this, "selectedCluster");
    private final ObservableList<BackupRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PageState> state = new ReadOnlyObjectWrapper<>(this, "state", PageState.LOADING);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper clusterSummary = new ReadOnlyStringWrapper(this, "clusterSummary", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final Command refresh;
    /** Counts requests; a response is shown only if no newer request was made since. */
    private long generation;
    private boolean applyingReload;

    public BackupRecoveryViewModel(BackupService service, UiExecutors executors, ZoneId zone) {
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.rowFactory = new BackupRowFactory(zone);
        this.refresh = new Command(Bindings.createBooleanBinding(() -> true), this::reload);
        selectedCluster.addListener((obs, old, cluster) -> {
            boolean otherCluster = cluster != null && (old == null || !old.id().equals(cluster.id()));
            if (otherCluster && !applyingReload) {
                loadBackups(cluster);
            }
        });
    }

    /** Loads the organization and its clusters, selects the first cluster and loads its backups. */
    public void start() {
        refresh.execute();
    }

    /** Reloads everything, keeping the selected cluster when it still exists. */
    private void reload(Runnable done) {
        long request = ++generation;
        state.set(PageState.LOADING);
        String preferredId = selectedCluster.get() == null ? null : selectedCluster.get().id();
        executors.call(() -> {
                    List<Cluster> all = service.listClusters();
                    BackupPage page = all.stream()
                            .filter(c -> c.id().equals(preferredId)).findFirst()
                            .or(() -> all.stream().findFirst())
                            .map(c -> fetchPage(c.id()))
                            .orElse(null);
                    return new Organization(service.organizationName(), all, page);
                },
                organization -> {
                    if (request == generation) {
                        apply(organization);
                    }
                    done.run();
                },
                message -> fail(request, message, done));
    }

    private void apply(Organization organization) {
        organizationName.set(organization.name());
        applyingReload = true;
        try {
            clusters.setAll(organization.clusters());
            selectedCluster.set(organization.page() == null ? null : organization.page().cluster());
        } finally {
            applyingReload = false;
        }
        if (organization.page() == null) {
            rows.clear();
            clusterSummary.set("");
            emptyMessage.set(NO_CLUSTERS);
            state.set(PageState.EMPTY);
        } else {
            show(organization.page());
        }
    }

    private void loadBackups(Cluster cluster) {
        long request = ++generation;
        state.set(PageState.LOADING);
        clusterSummary.set(summaryOf(cluster, null));
        executors.call(() -> fetchPage(cluster.id()),
                page -> {
                    if (request == generation) {
                        show(page);
                    }
                },
                message -> fail(request, message, () -> { }));
    }

    private BackupPage fetchPage(String clusterId) {
        Cluster cluster = service.getCluster(clusterId);
        List<Backup> backups = service.listBackups(clusterId, TimeRange.ALL);
        BackupSettings settings = service.getBackupSettings(clusterId);
        return new BackupPage(cluster, backups, settings, service.permissions(), service.now());
    }

    private void show(BackupPage page) {
        rows.setAll(page.backups().stream()
                .map(b -> rowFactory.row(b, page.cluster(), page.permissions(), page.now()))
                .toList());
        clusterSummary.set(summaryOf(page.cluster(), page.settings()));
        errorMessage.set("");
        emptyMessage.set(page.cluster().isDeleted() ? NO_BACKUPS_LEFT : NO_BACKUPS_YET);
        state.set(rows.isEmpty() ? PageState.EMPTY : PageState.READY);
    }

    private void fail(long request, String message, Runnable done) {
        if (request == generation) {
            errorMessage.set(message);
            state.set(PageState.ERROR);
        }
        done.run();
    }

    static String summaryOf(Cluster cluster, BackupSettings settings) {
        StringBuilder text = new StringBuilder(cluster.plan().displayName()).append(" plan · ")
                .append(cluster.cloudProvider()).append(" · ");
        text.append(cluster.backupRegion().map(r -> "backups stored in " + r).orElse("backup region not reported"));
        if (settings != null) {
            text.append(" · ").append(ScheduleText.of(settings));
        }
        return text.toString();
    }

    public ReadOnlyStringProperty organizationNameProperty() {
        return organizationName.getReadOnlyProperty();
    }

    public ObservableList<Cluster> clusters() {
        return FXCollections.unmodifiableObservableList(clusters);
    }

    public ObjectProperty<Cluster> selectedClusterProperty() {
        return selectedCluster;
    }

    public ObservableList<BackupRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<PageState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clusterSummaryProperty() {
        return clusterSummary.getReadOnlyProperty();
    }

    /** What the page says when there is nothing to list, and why. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }

    private record Organization(String name, List<Cluster> clusters, BackupPage page) {
    }

    private record BackupPage(Cluster cluster, List<Backup> backups, BackupSettings settings,
                              Permissions permissions, Instant now) {
    }
}
