package org.backupconsole.ui.backups;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.Restore;
import org.backupconsole.ui.common.Command;
import org.backupconsole.ui.common.Failure;
import org.backupconsole.ui.common.Request;
import org.backupconsole.ui.common.TimeFormats;
import org.backupconsole.ui.common.UiExecutors;
import org.backupconsole.ui.common.UiScheduler;
import org.backupconsole.ui.coverage.CoverageRules;
import org.backupconsole.ui.coverage.CoverageRules.Coverage;
import org.backupconsole.ui.coverage.CoverageViewModel;
import org.backupconsole.ui.restore.Announcement;
import org.backupconsole.ui.restore.RestoreDialogViewModel;
import org.backupconsole.ui.restore.RestoreJobsViewModel;
import org.backupconsole.ui.restore.RestoreScope;
import org.backupconsole.ui.restore.RestoreWatch;
import org.backupconsole.ui.settings.BackupSettingsDialogViewModel;
import org.backupconsole.ui.settings.ScheduleText;
import org.backupconsole.ui.settings.SettingsFacts;

/**
 * The state of the Backup Recovery page: the organization's clusters, the selected one, its backups behind a
 * calendar filter, its restore jobs, and the loading, empty, error, deleted and restoring states. Every backend
 * call runs in the background; results that arrive after the user has moved to another cluster are dropped.
 * The dialogs' view models are made here, wired to refresh the page when they succeed.
 */
public final class BackupRecoveryViewModel {

    static final String NO_BACKUPS_YET = "No backups yet — the first is taken within 24 hours of creating the cluster.";
    static final String NO_BACKUPS_LEFT = "No backups left: the retention of this deleted cluster's backups has run out.";
    static final String NO_CLUSTERS = "This organization has no clusters yet. Create one to see its backups here.";

    private final BackupService service;
    private final UiExecutors executors;
    private final ZoneId zone;
    private final BackupRowFactory rowFactory;
    private final CoverageRules coverageRules;
    private final CoverageViewModel coverage;
    private final CalendarFilter calendar = new CalendarFilter();
    private final BackupContentsViewModel contents = new BackupContentsViewModel();
    private final RestoreJobsViewModel restoreJobs;
    private final RestoreWatch startedRestores;
    private Consumer<Announcement> onNotice = notice -> { };

    private final ReadOnlyStringWrapper organizationName = new ReadOnlyStringWrapper(this, "organizationName", "");
    private final ObservableList<Cluster> clusters = FXCollections.observableArrayList();
    private final ObservableList<Cluster> clustersView = FXCollections.unmodifiableObservableList(clusters);
    private final ObjectProperty<Cluster> selectedCluster = new SimpleObjectProperty<>(this, "selectedCluster");
    private final IncompleteBackupsViewModel incompleteBackups = new IncompleteBackupsViewModel();
    private final ReadOnlyObjectWrapper<PageState> state = new ReadOnlyObjectWrapper<>(this, "state", PageState.LOADING);
    /** The header's organization: its name, or why there is none yet, never a blank beside the cluster picker. */
    private final StringBinding organizationHeader = Bindings.createStringBinding(() -> !organizationName.get().isEmpty()
            ? organizationName.get()
            : state.get() == PageState.LOADING ? "Loading the organization…" : "Organization not loaded", organizationName, state);
    private final StringBinding clusterPrompt = Bindings.createStringBinding(() -> !clusters.isEmpty()
            ? "Choose a cluster"
            : state.get() == PageState.LOADING ? "Loading clusters…"
            : state.get() == PageState.ERROR ? "Clusters not loaded" : "No clusters", clusters, state);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper clusterSummary = new ReadOnlyStringWrapper(this, "clusterSummary", "");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage", "");
    private final ReadOnlyStringWrapper deletedNotice = new ReadOnlyStringWrapper(this, "deletedNotice", "");
    private final ReadOnlyBooleanWrapper clusterLocked = new ReadOnlyBooleanWrapper(this, "clusterLocked");
    private final ReadOnlyBooleanWrapper advanced = new ReadOnlyBooleanWrapper(this, "advanced");
    private final ReadOnlyObjectWrapper<BackupPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyObjectWrapper<Restore> lastStartedRestore = new ReadOnlyObjectWrapper<>(this, "lastStartedRestore");
    private final BooleanBinding clusterLoaded = page.isNotNull();
    private final ObservableStringValue restoringNotice;
    private final ReadOnlyStringWrapper loadingMessage = new ReadOnlyStringWrapper(this, "loadingMessage", "");
    private final Command refresh;
    /** The load under way; a newer one cancels it, so an answer for a cluster the user has left is dropped. */
    private final UiScheduler scheduler;
    private Request load = Request.NONE;
    /** An older calendar day asked for on its own while the whole list loads. */
    private Request dayLoad = Request.NONE;
    /** A refresh asked for while one runs: it runs once that one ends. */
    private boolean refreshAgain;
    private boolean applyingReload;
    /** The id of the cluster the page switched to last, by the user's choice or a reload. */
    private String switchedTo;
    /** The cluster to select first, if the organization has it; otherwise its first cluster. */
    private String startWith;

    public BackupRecoveryViewModel(BackupService service, UiExecutors executors, UiScheduler scheduler, ZoneId zone) {
        this.service = Objects.requireNonNull(service, "service");
        this.executors = Objects.requireNonNull(executors, "executors");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.rowFactory = new BackupRowFactory(zone);
        this.coverageRules = new CoverageRules(zone);
        this.coverage = new CoverageViewModel(zone, Locale.getDefault(Locale.Category.FORMAT));
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.restoreJobs = new RestoreJobsViewModel(service, executors, scheduler, zone);
        restoreJobs.setOnJobEnded(this::refreshSoon);
        this.startedRestores = new RestoreWatch(service, executors, scheduler, ended -> {
            onNotice.accept(ended);
            refreshSoon();
        });
        this.refresh = new Command(Bindings.createBooleanBinding(() -> true), this::reload);
        this.restoringNotice = Bindings.createStringBinding(() -> clusterLocked.get() || restoreJobs.runningProperty().get()
                ? "A restore is running on " + nameOfSelected() + ": the cluster is unavailable until it"
                        + " ends. Follow it under Restore Jobs."
                : "", clusterLocked, restoreJobs.runningProperty(), selectedCluster);
        calendar.dayProperty().addListener((obs, old, day) -> listDayIfAwaited(day));
        // Compared with the cluster last switched to, not the previous value: a picker that passes through null
        // and back (controlsfx#1413) must not reload the cluster it comes back to.
        selectedCluster.addListener((obs, old, cluster) -> {
            if (cluster != null && !applyingReload && !cluster.id().equals(switchedTo)) {
                switchedTo = cluster.id();
                leaveCluster(cluster);
                loadBackups(cluster);
            }
        });
    }

    private String nameOfSelected() {
        return selectedCluster.get() == null ? "the cluster" : selectedCluster.get().name();
    }

    /** Loads the organization and its clusters, selects the first cluster and loads its backups. */
    public void start() {
        refresh.execute();
    }

    /** Starts with the given cluster selected, when the organization has it (the Connect dialog's choice). */
    public void start(String clusterId) {
        startWith = Objects.requireNonNull(clusterId, "clusterId");
        refresh.execute();
    }

    /** Reloads the page, or, while a reload runs, once that one has ended: a refresh is never lost. */
    public void refreshSoon() {
        if (refresh.runningProperty().get()) {
            refreshAgain = true;
        } else {
            refresh.execute();
        }
    }

    /**
     * Refreshes the page every {@code period} while {@code timeMoves} says so, from now on, so that new backups
     * and expiries show without a click: every minute on a live service, every few seconds while the simulator's
     * clock runs. A refresh keeps the cluster, and the view keeps the chosen row and the scroll.
     */
    public void followTime(Duration period, BooleanSupplier timeMoves) {
        scheduler.schedule(period, () -> {
            if (timeMoves.getAsBoolean() && selectedCluster.get() != null && !refresh.runningProperty().get()) {
                refresh.execute();
            }
            followTime(period, timeMoves);
        });
    }

    /**
     * The simulation behind the page was replaced: nothing shown so far belongs to it, so the page forgets its
     * rows, banners and jobs before loading the new one.
     */
    public void simulationReplaced() {
        lastStartedRestore.set(null);
        startedRestores.forget();
        Cluster selected = selectedCluster.get();
        if (selected != null) {
            leaveCluster(selected);
        }
        refreshSoon();
    }

    /** Takes away at once everything shown for the cluster the user is leaving. */
    private void leaveCluster(Cluster next) {
        load.cancel();
        dayLoad.cancel();
        page.set(null);
        calendar.showAllDates();
        calendar.show(BackupDayIndex.EMPTY, Coverage.NONE);
        coverage.clear();
        contents.close();
        incompleteBackups.clear();
        restoreJobs.clear();
        advanced.set(next.plan() == Plan.ADVANCED);
        clusterLocked.set(false);
        deletedNotice.set("");
        errorMessage.set("");
        clusterSummary.set(summaryOf(next, null));
    }

    /** Reloads everything, keeping the selected cluster when it still exists. */
    private void reload(Runnable done) {
        state.set(PageState.LOADING);
        String preferredId = selectedCluster.get() == null ? startWith : selectedCluster.get().id();
        BackupPage shown = page.get();
        loadingMessage.set(selectedCluster.get() == null
                ? "Loading the organization's clusters…" : "Loading the backups of " + selectedCluster.get().name() + "…");
        load.cancel();
        load = executors.call(() -> {
                    List<Cluster> all = service.listClusters();
                    BackupPage found = all.stream()
                            .filter(c -> c.id().equals(preferredId)).findFirst()
                            .or(() -> all.stream().findFirst())
                            .map(c -> fetchPage(c.id(), shown))
                            .orElse(null);
                    return new Organization(service.organizationName(), all, found);
                },
                this::apply,
                this::fail,
                () -> {
                    done.run();
                    if (refreshAgain) {
                        refreshAgain = false;
                        refresh.execute();
                    }
                });
    }

    private void apply(Organization organization) {
        organizationName.set(organization.name());
        applyingReload = true;
        try {
            clusters.setAll(organization.clusters());
            selectedCluster.set(organization.page() == null ? null : organization.page().cluster());
            switchedTo = organization.page() == null ? null : organization.page().cluster().id();
        } finally {
            applyingReload = false;
        }
        if (organization.page() == null) {
            page.set(null);
            calendar.show(BackupDayIndex.EMPTY, Coverage.NONE);
            coverage.clear();
            clusterSummary.set("");
            emptyMessage.set(NO_CLUSTERS);
            state.set(PageState.EMPTY);
        } else {
            show(organization.page());
        }
    }

    private void loadBackups(Cluster cluster) {
        state.set(PageState.LOADING);
        loadingMessage.set("Loading the backups of " + cluster.name() + "…");
        load = executors.call(() -> fetchPage(cluster.id(), null), this::show, this::fail);
    }

    /** After the newest backups are shown: every backup, in the background, shown when all have come. */
    private void loadTheRest(BackupPage newest) {
        load = executors.call(() -> withBackups(newest, BackupListing.all(service, newest.cluster().id()),
                service.now()), this::show, this::fail);
    }

    /** A day older than the newest backups, chosen while the rest load: one request for that day alone. */
    private void listDayIfAwaited(LocalDate day) {
        dayLoad.cancel();
        BackupPage shown = page.get();
        if (day == null || shown == null || shown.listed().complete() || !calendar.awaits(day)) {
            return;
        }
        dayLoad = executors.call(() -> BackupListing.day(service, shown.cluster().id(), day, zone).stream()
                        .map(b -> rowOf(b, shown, shown.now())).toList(),
                rows -> calendar.showDay(day, rows), this::fail);
    }

    private BackupRow rowOf(Backup backup, BackupPage shown, Instant now) {
        return rowFactory.row(backup, Optional.ofNullable(shown.contents().get(backup.id())), shown.cluster(),
                shown.permissions(), now);
    }

    /**
     * Everything the page shows for one cluster, rows and day index included, built off the UI thread: the
     * newest backups, or, refreshing a page that holds them all, the whole list kept up to date from its ends.
     */
    private BackupPage fetchPage(String clusterId, BackupPage shown) {
        Cluster cluster = service.getCluster(clusterId);
        Instant now = service.now();
        BackupListing.Listed listed = shown != null && shown.cluster().id().equals(clusterId) && shown.listed().complete()
                ? BackupListing.refreshed(service, clusterId, shown.listed().newestFirst(), now)
                : BackupListing.newest(service, clusterId);
        BackupSettings settings = service.getBackupSettings(clusterId);
        Optional<Boolean> retentionChangeUsed = cluster.plan().hasConfigurableBackups()
                ? service.retentionChangeUsed(clusterId) : Optional.empty();
        Permissions permissions = service.permissions();
        boolean isAdvanced = cluster.plan() == Plan.ADVANCED;
        Map<String, Catalog> contents = isAdvanced ? service.backupContents(clusterId).orElse(Map.of()) : Map.of();
        Optional<List<IncompleteBackup>> runs = service.incompleteBackups(clusterId);
        Optional<List<IncompleteBackupRow>> incomplete = isAdvanced
                ? runs.map(all -> all.stream().map(run -> IncompleteBackupRow.of(run, zone)).toList())
                : Optional.of(List.of());
        BackupPage basis = new BackupPage(cluster, listed, BackupDayIndex.EMPTY, incomplete, runs, contents, settings,
                new SettingsFacts(0, retentionChangeUsed), permissions, now, Coverage.NONE);
        return withBackups(basis, listed, now);
    }

    /**
     * The page with these backups. While only the newest are listed, the oldest day they reach may hold older
     * ones too, so coverage is judged on the whole days after it.
     */
    private BackupPage withBackups(BackupPage basis, BackupListing.Listed listed, Instant now) {
        List<Backup> backups = listed.newestFirst();
        List<BackupRow> rows = backups.stream().map(b -> rowOf(b, basis, now)).toList();
        List<Backup> judged = listed.complete() ? backups
                : backups.stream().filter(b -> dayOf(b).isAfter(oldestDay(listed).orElseThrow())).toList();
        return new BackupPage(basis.cluster(), listed, new BackupDayIndex(rows), basis.incomplete(), basis.runs(),
                basis.contents(), basis.settings(), new SettingsFacts(backups.size(), !listed.complete(),
                        basis.settingsFacts().retentionChangeUsed()), basis.permissions(), now,
                coverageRules.judge(judged, basis.settings(), basis.runs(), now));
    }

    private LocalDate dayOf(Backup backup) {
        return backup.asOfTime().atZone(zone).toLocalDate();
    }

    private Optional<LocalDate> oldestDay(BackupListing.Listed listed) {
        List<Backup> backups = listed.newestFirst();
        return backups.isEmpty() ? Optional.empty() : Optional.of(dayOf(backups.get(backups.size() - 1)));
    }

    private void show(BackupPage loaded) {
        Cluster cluster = loaded.cluster();
        if (contents.backup() != null && !contents.backup().backup().clusterId().equals(cluster.id())) {
            contents.close();
        }
        page.set(loaded);
        if (loaded.listed().complete()) {
            calendar.show(loaded.index(), loaded.coverage());
            coverage.show(loaded.coverage());
        } else {
            calendar.showNewest(loaded.index(), loaded.coverage(), oldestDay(loaded.listed()));
            coverage.showSoFar(loaded.coverage());
        }
        incompleteBackups.show(loaded.incomplete());
        advanced.set(cluster.plan() == Plan.ADVANCED);
        clusterLocked.set(cluster.isRestoring());
        deletedNotice.set(deletedNoticeOf(cluster, loaded.index().all()));
        clusterSummary.set(summaryOf(cluster, loaded.settings()));
        errorMessage.set("");
        emptyMessage.set(cluster.isDeleted() ? NO_BACKUPS_LEFT : NO_BACKUPS_YET);
        state.set(loaded.index().all().isEmpty() ? PageState.EMPTY : PageState.READY);
        restoreJobs.show(cluster.id());
        if (!loaded.listed().complete()) {
            loadTheRest(loaded);
            listDayIfAwaited(calendar.dayProperty().get());
        }
    }

    private String deletedNoticeOf(Cluster cluster, List<BackupRow> rows) {
        if (!cluster.isDeleted()) {
            return "";
        }
        String deleted = cluster.deletedAt().map(t -> " on " + TimeFormats.local(t, zone)).orElse("");
        Optional<Instant> lastExpiry = rows.stream().map(r -> r.backup().expiresAt()).max(Comparator.naturalOrder());
        return cluster.name() + " was deleted" + deleted + ". " + lastExpiry
                .map(t -> "Its backups are kept until " + TimeFormats.local(t, zone) + ", then deleted. ")
                .orElse("Its backups have all expired. ")
                + "To restore one, contact Cockroach Labs support.";
    }

    private void fail(Failure failure) {
        errorMessage.set(failure.message());
        state.set(PageState.ERROR);
    }

    static String summaryOf(Cluster cluster, BackupSettings settings) {
        StringBuilder text = new StringBuilder(cluster.plan().displayName()).append(" plan · ")
                .append(cluster.cloudProvider()).append(" · ");
        cluster.version().ifPresent(version -> text.append(version).append(" · "));
        text.append(cluster.backupRegion().map(r -> "backups stored in " + r).orElse("backup region not reported"));
        if (settings != null) {
            text.append(" · ").append(ScheduleText.of(settings));
        }
        return text.toString();
    }

    /** The Restore dialog for a whole-cluster restore of a row's backup. */
    public Optional<RestoreDialogViewModel> restoreDialog(BackupRow row) {
        return restoreDialog(row, RestoreScope.cluster());
    }

    /**
     * The Restore dialog for a backup, or on ADVANCED for one database or table of it. Empty when the backup
     * cannot be restored, or is not one of the shown cluster's (the user has moved on to another cluster).
     */
    public Optional<RestoreDialogViewModel> restoreDialog(BackupRow row, RestoreScope scope) {
        BackupPage shown = page.get();
        if (!row.restorable() || shown == null || !row.backup().clusterId().equals(shown.cluster().id())) {
            return Optional.empty();
        }
        var subject = new RestoreDialogViewModel.Subject(row.backup(), shown.cluster(), scope, clusters,
                shown.permissions(), shown.now(), zone);
        return Optional.of(new RestoreDialogViewModel(subject, service, executors, this::restoreStarted));
    }

    private void restoreStarted(Restore restore) {
        String destination = restore.destinationClusterId();
        clusters.stream().filter(c -> c.id().equals(destination)).findFirst()
                .filter(c -> !c.id().equals(selectedCluster.get().id()))
                .ifPresent(selectedCluster::set);
        restoreJobs.track(restore);
        startedRestores.follow(restore);
        lastStartedRestore.set(restore);
        refreshSoon();
    }

    /**
     * Receives, on the UI thread, what the user should hear of wherever they are in the app: a restore they
     * started has ended, settings were saved.
     */
    public void setOnNotice(Consumer<Announcement> onNotice) {
        this.onNotice = Objects.requireNonNull(onNotice, "onNotice");
    }

    /** The restore the user started last from this page, so the view can show its job. */
    public ReadOnlyObjectProperty<Restore> lastStartedRestoreProperty() {
        return lastStartedRestore.getReadOnlyProperty();
    }

    /** The Backup Settings dialog of the shown cluster; empty until a cluster is loaded. */
    public Optional<BackupSettingsDialogViewModel> settingsDialog() {
        return Optional.ofNullable(page.get())
                .map(shown -> new BackupSettingsDialogViewModel(shown.cluster(), shown.settings(), shown.settingsFacts(),
                        service, executors,
                        saved -> {
                            onNotice.accept(new Announcement(true, "Backup settings saved", saved.enabled()
                                    ? "The backups of " + shown.cluster().name() + " now run " + ScheduleText.of(saved) + "."
                                    : "Scheduled backups of " + shown.cluster().name() + " are disabled."));
                            refreshSoon();
                        }));
    }

    public ReadOnlyStringProperty organizationNameProperty() {
        return organizationName.getReadOnlyProperty();
    }

    public ObservableStringValue organizationHeader() {
        return organizationHeader;
    }

    /** The cluster picker's prompt: what to do, or why there is nothing to choose. */
    public ObservableStringValue clusterPrompt() {
        return clusterPrompt;
    }

    public ObservableList<Cluster> clusters() {
        return clustersView;
    }

    public ObjectProperty<Cluster> selectedClusterProperty() {
        return selectedCluster;
    }

    /** The backups of the chosen day, or of all dates. */
    public ObservableList<BackupRow> rows() {
        return calendar.rows();
    }

    public CalendarFilter calendar() {
        return calendar;
    }

    public BackupContentsViewModel contents() {
        return contents;
    }

    public RestoreJobsViewModel restoreJobs() {
        return restoreJobs;
    }

    public CoverageViewModel coverage() {
        return coverage;
    }

    public IncompleteBackupsViewModel incompleteBackups() {
        return incompleteBackups;
    }

    public ReadOnlyObjectProperty<PageState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** While loading: what is being loaded, naming the cluster. */
    public ReadOnlyStringProperty loadingMessageProperty() {
        return loadingMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty clusterSummaryProperty() {
        return clusterSummary.getReadOnlyProperty();
    }

    /** What the page says when the cluster has nothing to list, and why. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** For a deleted cluster: since when, and how long its backups are kept. Empty otherwise. */
    public ReadOnlyStringProperty deletedNoticeProperty() {
        return deletedNotice.getReadOnlyProperty();
    }

    /** While a restore runs on the cluster: that it is unavailable. Empty otherwise. */
    public ObservableStringValue restoringNoticeProperty() {
        return restoringNotice;
    }

    /** ADVANCED clusters add the Type and Databases columns and the Incomplete Backups and Restore Jobs tabs. */
    public ReadOnlyBooleanProperty advancedProperty() {
        return advanced.getReadOnlyProperty();
    }

    /** True once a cluster's page has loaded, so that its settings can be opened. */
    public BooleanBinding clusterLoadedProperty() {
        return clusterLoaded;
    }

    public Command refreshCommand() {
        return refresh;
    }

    private record Organization(String name, List<Cluster> clusters, BackupPage page) {
    }

    private record BackupPage(Cluster cluster, BackupListing.Listed listed, BackupDayIndex index,
                              Optional<List<IncompleteBackupRow>> incomplete, Optional<List<IncompleteBackup>> runs,
                              Map<String, Catalog> contents, BackupSettings settings, SettingsFacts settingsFacts,
                              Permissions permissions, Instant now, Coverage coverage) {
    }
}
