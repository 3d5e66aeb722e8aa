package org.backupconsole.activity;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.Sentences;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.IncompleteBackup;
import org.backupconsole.domain.Permissions;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;

/**
 * The port with a journal: every restore, settings change and database drop that passes through it is appended to
 * the journal with its outcome, refusals and failures included, and a restore it started gets a second entry
 * when a later read sees it end. The window and the scripting commands both act through one, so no change of
 * theirs goes unrecorded. A journal that cannot be written never stops the change: the failure is logged and told
 * to the listener.
 */
public final class JournaledBackupService implements BackupService {

    /** Who acts on the Cloud API: it does not say which service account a secret key belongs to. */
    public static final String SERVICE_ACCOUNT_NOT_REPORTED = "service account (not reported)";

    private static final Logger LOG = Logger.getLogger(JournaledBackupService.class.getName());

    private final BackupService delegate;
    private final Supplier<ActivityJournal> journal;
    private final Supplier<String> actor;
    private final String where;
    private final ActivityOrigin origin;
    private final Map<String, String> clusterNames = new ConcurrentHashMap<>();
    private final Map<String, BackupSettings> settingsRead = new ConcurrentHashMap<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> failureListeners = new CopyOnWriteArrayList<>();
    /**
     * The restores this journal holds as requested and not yet ended, for the journal they were read from and its
     * size then: a command of another process may have started one since.
     */
    private ActivityJournal openOf;
    private long openAt = -1;
    private Set<String> openRestores = Set.of();

    /**
     * @param journal the journal to append to, asked at each change: a simulated session's changes with the session
     * @param actor   who acts, by name
     * @param where   the API's host, or {@link ActivityEntry#SIMULATOR}
     */
    public JournaledBackupService(BackupService delegate, Supplier<ActivityJournal> journal, Supplier<String> actor,
                                  String where, ActivityOrigin origin) {
        this.delegate = delegate;
        this.journal = journal;
        this.actor = actor;
        this.where = where;
        this.origin = origin;
    }

    /**
     * Hears that the journal changed: an entry was appended (on the thread that made the change), or another
     * journal is used now ({@link #journalReplaced}).
     */
    public void onChanged(Runnable listener) {
        changeListeners.add(listener);
    }

    /** Says that the journal to use is another one now, as when another simulated session is loaded. */
    public void journalReplaced() {
        changeListeners.forEach(Runnable::run);
    }

    /** Hears, in a sentence, that an entry could not be written; the change itself went on. */
    public void onJournalFailure(Consumer<String> listener) {
        failureListeners.add(listener);
    }

    /** The journal changes are appended to now. */
    public ActivityJournal journal() {
        return journal.get();
    }

    @Override
    public BackupSettings updateBackupSettings(String clusterId, BackupSettingsUpdate update) {
        Optional<BackupSettings> before = Optional.ofNullable(settingsRead.get(clusterId));
        Map<String, String> details = new TreeMap<>();
        before.ifPresent(settings -> details.put("settings_before", ChangeWords.settings(settings)));
        update.enabled().ifPresent(on -> details.put("enabled", on.toString()));
        update.frequencyMinutes().ifPresent(minutes -> details.put("frequency_minutes", minutes.toString()));
        update.retentionDays().ifPresent(days -> details.put("retention_days", days.toString()));
        String what = ChangeWords.settings(before, update);
        BackupSettings after;
        try {
            after = delegate.updateBackupSettings(clusterId, update);
        } catch (RuntimeException e) {
            record(clusterId, ActivityAction.SETTINGS_CHANGE, what, details, e, Optional.empty());
            throw e;
        }
        settingsRead.put(clusterId, after);
        details.put("settings_after", ChangeWords.settings(after));
        record(entry(clusterId, ActivityAction.SETTINGS_CHANGE, what, details, ActivityOutcome.SUCCEEDED,
                Optional.empty(), Optional.empty()));
        return after;
    }

    @Override
    public Restore createRestore(RestoreRequest request) {
        String destination = request.destinationClusterId();
        String source = request.sourceClusterId().orElse(destination);
        Map<String, String> details = new TreeMap<>();
        details.put("restore_type", ChangeWords.type(request.type()));
        details.put("source_cluster", name(source));
        details.put("backup_id", request.backupId().orElse("latest"));
        if (!request.objects().isEmpty()) {
            details.put("objects", ChangeWords.objects(request.objects()));
        }
        String what = ChangeWords.restore(request.type(), request.objects(), name(source), request.backupId(),
                name(destination));
        Restore started;
        try {
            started = delegate.createRestore(request);
        } catch (RuntimeException e) {
            record(destination, ActivityAction.RESTORE, what, details, e, Optional.empty());
            throw e;
        }
        details.put("backup_id", started.backupId());
        opened(started.id());
        record(entry(destination, ActivityAction.RESTORE, what, details, ActivityOutcome.REQUESTED, Optional.empty(),
                Optional.of(started.id())));
        return started;
    }

    @Override
    public void deleteDatabase(String clusterId, String databaseName) {
        Map<String, String> details = Map.of("database", databaseName);
        String what = "Drop database " + databaseName;
        try {
            delegate.deleteDatabase(clusterId, databaseName);
        } catch (RuntimeException e) {
            record(clusterId, ActivityAction.DATABASE_DROP, what, details, e, Optional.empty());
            throw e;
        }
        record(entry(clusterId, ActivityAction.DATABASE_DROP, what, details, ActivityOutcome.SUCCEEDED,
                Optional.empty(), Optional.empty()));
    }

    @Override
    public Restore getRestore(String destinationClusterId, String restoreId) {
        Restore restore = delegate.getRestore(destinationClusterId, restoreId);
        noteEnded(restore);
        return restore;
    }

    @Override
    public List<Restore> listRestores(String destinationClusterId) {
        List<Restore> restores = delegate.listRestores(destinationClusterId);
        restores.forEach(this::noteEnded);
        return restores;
    }

    /** A restore this journal holds as requested has ended: its outcome becomes an entry of its own. */
    private void noteEnded(Restore restore) {
        if (!restore.status().isFinished() || !closed(restore.id())) {
            return;
        }
        clusterNames.putIfAbsent(restore.destinationClusterId(), restore.destinationClusterName());
        boolean failed = restore.status() == RestoreStatus.FAILED;
        Optional<String> reason = restore.failure().map(failure -> "Error " + failure.code() + ": "
                + Sentences.end(failure.message()));
        record(entry(restore.destinationClusterId(), ActivityAction.RESTORE, "Restore " + restore.id()
                        + (failed ? " failed" : " succeeded"), Map.of(),
                failed ? ActivityOutcome.FAILED : ActivityOutcome.SUCCEEDED, reason, Optional.of(restore.id())));
    }

    private synchronized void opened(String restoreId) {
        Set<String> open = new HashSet<>(openRestores());
        open.add(restoreId);
        openRestores = open;
    }

    /** True once for a restore this journal holds as open: the caller records its end. */
    private synchronized boolean closed(String restoreId) {
        Set<String> open = openRestores();
        if (!open.contains(restoreId)) {
            return false;
        }
        Set<String> rest = new HashSet<>(open);
        rest.remove(restoreId);
        openRestores = rest;
        return true;
    }

    private synchronized Set<String> openRestores() {
        ActivityJournal now = journal.get();
        long mark = outsideChanges(now);
        if (now != openOf || mark != openAt) {
            openOf = now;
            openAt = mark;
            openRestores = readOpenRestores(now);
        }
        return openRestores;
    }

    private static long outsideChanges(ActivityJournal journal) {
        try {
            return journal.outsideChanges();
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot tell whether " + journal.describe() + " changed; it is read again", e);
            return -1;
        }
    }

    private static Set<String> readOpenRestores(ActivityJournal journal) {
        try {
            Set<String> open = new HashSet<>();
            for (ActivityEntry row : journal.read().folded()) {
                if (row.action() == ActivityAction.RESTORE && row.outcome() == ActivityOutcome.REQUESTED) {
                    row.jobId().ifPresent(open::add);
                }
            }
            return open;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot read the activity journal " + journal.describe() + " for the restores it "
                    + "holds as under way; their ends are not recorded", e);
            return Set.of();
        }
    }

    private void record(String clusterId, ActivityAction action, String what, Map<String, String> details,
                        RuntimeException failure, Optional<String> jobId) {
        boolean refused = failure instanceof BackendException backend && backend.reason() != FailureReason.NETWORK
                && backend.reason() != FailureReason.SERVER_ERROR;
        String reason = Sentences.end(String.valueOf(failure.getMessage()));
        record(entry(clusterId, action, what, details, refused ? ActivityOutcome.REFUSED : ActivityOutcome.FAILED,
                Optional.of(reason), jobId));
    }

    private ActivityEntry entry(String clusterId, ActivityAction action, String what, Map<String, String> details,
                                ActivityOutcome outcome, Optional<String> reason, Optional<String> jobId) {
        return new ActivityEntry(entryTime(), actor.get(), delegate.kind(), where, clusterId, name(clusterId), action,
                what, details, outcome, reason, jobId, origin);
    }

    private void record(ActivityEntry entry) {
        ActivityJournal into = journal.get();
        try {
            into.append(entry);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot append to the activity journal " + into.describe(), e);
            String message = "The activity journal " + into.describe() + " could not be written ("
                    + Sentences.end(String.valueOf(e.getMessage())) + ") so this " + entry.action().displayName()
                    .toLowerCase(Locale.ROOT) + " of " + entry.clusterName() + " is not recorded there. Check that its"
                    + " folder can be written and the disk has room; the change itself was made.";
            failureListeners.forEach(listener -> listener.accept(message));
            return;
        }
        changeListeners.forEach(Runnable::run);
    }

    private Instant entryTime() {
        try {
            return delegate.now();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the backend's time is unknown; the journal takes the machine's", e);
            return Instant.now();
        }
    }

    /** The name the caller saw the cluster under; asked for when none was seen, the id when that fails too. */
    private String name(String clusterId) {
        String known = clusterNames.get(clusterId);
        if (known != null) {
            return known;
        }
        try {
            return named(delegate.getCluster(clusterId)).name();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the journal names cluster " + clusterId + " by its id", e);
            return clusterId;
        }
    }

    private Cluster named(Cluster cluster) {
        clusterNames.put(cluster.id(), cluster.name());
        return cluster;
    }

    // What follows only reads, and passes through; cluster names and settings are kept for the entries.

    @Override
    public void reportActivityTo(ClientActivity listener) {
        delegate.reportActivityTo(listener);
    }

    @Override
    public BackendKind kind() {
        return delegate.kind();
    }

    @Override
    public String organizationName() {
        return delegate.organizationName();
    }

    @Override
    public Instant now() {
        return delegate.now();
    }

    @Override
    public List<Cluster> listClusters() {
        List<Cluster> clusters = delegate.listClusters();
        clusters.forEach(this::named);
        return clusters;
    }

    @Override
    public Cluster getCluster(String clusterId) {
        return named(delegate.getCluster(clusterId));
    }

    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range) {
        return delegate.listBackups(clusterId, range);
    }

    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range, TimeOrder order, int limit) {
        return delegate.listBackups(clusterId, range, order, limit);
    }

    @Override
    public Optional<Map<String, Catalog>> backupContents(String clusterId) {
        return delegate.backupContents(clusterId);
    }

    @Override
    public Optional<List<IncompleteBackup>> incompleteBackups(String clusterId) {
        return delegate.incompleteBackups(clusterId);
    }

    @Override
    public BackupSettings getBackupSettings(String clusterId) {
        BackupSettings settings = delegate.getBackupSettings(clusterId);
        settingsRead.put(clusterId, settings);
        return settings;
    }

    @Override
    public Optional<Boolean> retentionChangeUsed(String clusterId) {
        return delegate.retentionChangeUsed(clusterId);
    }

    @Override
    public List<DatabaseSummary> listDatabases(String clusterId) {
        return delegate.listDatabases(clusterId);
    }

    @Override
    public Optional<Catalog> clusterContents(String clusterId) {
        return delegate.clusterContents(clusterId);
    }

    @Override
    public Permissions permissions() {
        return delegate.permissions();
    }
}
