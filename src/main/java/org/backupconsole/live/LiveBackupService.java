package org.backupconsole.live;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackendKind;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.ClientActivity;
import org.backupconsole.backend.FailureReason;
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
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.wire.ApiPaths;
import org.backupconsole.wire.BackupConfigurationJson;
import org.backupconsole.wire.BackupMapping;
import org.backupconsole.wire.ClusterJson;
import org.backupconsole.wire.ClusterMapping;
import org.backupconsole.wire.DatabaseMapping;
import org.backupconsole.wire.ListBackupsResponse;
import org.backupconsole.wire.ListClustersResponse;
import org.backupconsole.wire.ListDatabasesResponse;
import org.backupconsole.wire.ListRestoresResponse;
import org.backupconsole.wire.OrganizationJson;
import org.backupconsole.wire.Pagination;
import org.backupconsole.wire.RestoreJson;
import org.backupconsole.wire.RestoreMapping;
import org.backupconsole.wire.WireJson;

/**
 * {@link BackupService} on the CockroachDB Cloud API. Lists are followed to their last page, up to a cap. What the
 * API does not report is said to be unknown: a backup's status, type and contents, the incomplete runs and the
 * tables of a cluster are empty, and a backup's expiry is estimated from the cluster's retention.
 */
public final class LiveBackupService implements BackupService, AutoCloseable {

    /** The page size asked for; the service's own default is 500. */
    static final int PAGE_LIMIT = 500;
    /**
     * The most pages of one listing followed: 500,000 items, nearly five times the backups of a cluster that takes
     * one every 5 minutes and keeps them 365 days, the most the service's settings allow.
     */
    static final int MAX_PAGES = 1_000;
    /** The bound sent for an open side of a time range: the service wants both or neither. */
    static final Instant EARLIEST = Instant.EPOCH;
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final CloudApiClient client;
    private final InstantSource clock;
    private final int maxPages;
    private volatile String organizationName;

    /**
     * @param clock the present of the service: the wall clock for the real API, the simulation's clock for a local one
     */
    public LiveBackupService(CloudApiClient client, InstantSource clock) {
        this(client, clock, MAX_PAGES);
    }

    /** With another cap on the pages of a listing, so that a test reaches it in a few requests. */
    LiveBackupService(CloudApiClient client, InstantSource clock, int maxPages) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxPages = maxPages;
    }

    public static LiveBackupService connect(ApiUrl url, SecretKey key) {
        return new LiveBackupService(new CloudApiClient(url, key, ClientSettings.DEFAULT), InstantSource.system());
    }

    @Override
    public void reportActivityTo(ClientActivity listener) {
        client.reportActivityTo(listener);
    }

    public ApiUrl apiUrl() {
        return client.baseUrl();
    }

    @Override
    public BackendKind kind() {
        return BackendKind.LIVE;
    }

    @Override
    public String organizationName() {
        String name = organizationName;
        if (name == null) {
            OrganizationJson organization = client.get(ApiPaths.ORGANIZATION, Map.of(), OrganizationJson.class);
            // name is the display name; label is the organization's short vanity name
            name = organization.name() != null && !organization.name().isBlank()
                    ? organization.name() : organization.label();
            if (name == null || name.isBlank()) {
                throw new BackendException(FailureReason.SERVER_ERROR,
                        "The Cloud API sent an organization without a name.");
            }
            organizationName = name;
        }
        return name;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public List<Cluster> listClusters() {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>();
        query.put(ApiPaths.SHOW_INACTIVE, "true");
        forEachPage("the clusters", ApiPaths.CLUSTERS, query, ListClustersResponse.class,
                ListClustersResponse::pagination, page -> page.clusters() == null ? List.of() : page.clusters(),
                json -> clusters.add(mapped(() -> ClusterMapping.toDomain(json))));
        return clusters;
    }

    @Override
    public Cluster getCluster(String clusterId) {
        var json = client.get(ApiPaths.cluster(clusterId), Map.of(), ClusterJson.class);
        return mapped(() -> ClusterMapping.toDomain(json));
    }

    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range) {
        return listBackups(clusterId, range, TimeOrder.NEWEST_FIRST, Integer.MAX_VALUE);
    }

    /** Asks the service for the order, so the newest page of a long list is the first request's answer. */
    @Override
    public List<Backup> listBackups(String clusterId, TimeRange range, TimeOrder order, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a listing's limit must be at least 1, not " + limit);
        }
        int retentionDays = getBackupSettings(clusterId).retentionDays();
        Map<String, String> query = new LinkedHashMap<>();
        query.put(ApiPaths.SORT_ORDER, order == TimeOrder.NEWEST_FIRST ? "DESC" : "ASC");
        if (range.start().isPresent() || range.end().isPresent()) {
            query.put(ApiPaths.START_TIME, WireJson.formatTime(range.start().orElse(EARLIEST)));
            query.put(ApiPaths.END_TIME, WireJson.formatTime(range.end().orElse(LATEST)));
        }
        List<Backup> backups = new ArrayList<>();
        forEachPage("the backups of cluster " + clusterId, ApiPaths.backups(clusterId), query, Math.min(limit, PAGE_LIMIT),
                ListBackupsResponse.class, ListBackupsResponse::pagination,
                page -> page.backups() == null ? List.of() : page.backups(),
                json -> backups.add(mapped(() -> BackupMapping.toDomain(json, clusterId, retentionDays))),
                () -> backups.size() >= limit);
        Comparator<Backup> newestFirst = Comparator.comparing(Backup::asOfTime).reversed();
        backups.sort(order == TimeOrder.NEWEST_FIRST ? newestFirst : newestFirst.reversed());
        return backups.size() > limit ? List.copyOf(backups.subList(0, limit)) : backups;
    }

    /** The API lists only a backup's id and as-of time. */
    @Override
    public Optional<Map<String, Catalog>> backupContents(String clusterId) {
        return Optional.empty();
    }

    /** The API does not list failed or pending backup runs. */
    @Override
    public Optional<List<IncompleteBackup>> incompleteBackups(String clusterId) {
        return Optional.empty();
    }

    /** The API does not say whether the one retention change was made. */
    @Override
    public Optional<Boolean> retentionChangeUsed(String clusterId) {
        return Optional.empty();
    }

    @Override
    public BackupSettings getBackupSettings(String clusterId) {
        var json = client.get(ApiPaths.backupsConfig(clusterId), Map.of(), BackupConfigurationJson.class);
        return mapped(() -> BackupMapping.toDomain(json));
    }

    /** Sent once. The documentation says the answer may be an empty 200; then the settings are read back. */
    @Override
    public BackupSettings updateBackupSettings(String clusterId, BackupSettingsUpdate update) {
        Optional<BackupConfigurationJson> answer = client.send("PATCH", ApiPaths.backupsConfig(clusterId),
                BackupMapping.toWire(update), BackupConfigurationJson.class);
        return answer.map(json -> mapped(() -> BackupMapping.toDomain(json)))
                .orElseGet(() -> getBackupSettings(clusterId));
    }

    /**
     * Sent once, never retried. The create answer has been seen without fields the spec requires; they are
     * filled from a GET of the new restore, and if that read fails the restore is still reported as started.
     */
    @Override
    public Restore createRestore(RestoreRequest request) {
        String destination = request.destinationClusterId();
        RestoreJson created = client.send("POST", ApiPaths.restores(destination), RestoreMapping.toWire(request),
                RestoreJson.class).orElse(null);
        if (created == null || created.id() == null) {
            throw new BackendException(FailureReason.SERVER_ERROR, "The Cloud API accepted the restore but did not "
                    + "say which one it started. Open the restore list of the cluster before trying again.");
        }
        RestoreJson answer = created;
        RestoreJson complete = RestoreMapping.missingRequired(answer).isEmpty() ? answer
                : readQuietly(destination, answer.id()).map(later -> RestoreMapping.fillFrom(answer, later)).orElse(answer);
        return mapped(() -> RestoreMapping.toDomain(complete, destination));
    }

    @Override
    public Restore getRestore(String destinationClusterId, String restoreId) {
        RestoreJson json = client.get(ApiPaths.restore(destinationClusterId, restoreId), Map.of(), RestoreJson.class);
        return mapped(() -> RestoreMapping.toDomain(json, destinationClusterId));
    }

    @Override
    public List<Restore> listRestores(String destinationClusterId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put(ApiPaths.SORT_ORDER, "DESC");
        List<Restore> restores = new ArrayList<>();
        forEachPage("the restores into cluster " + destinationClusterId, ApiPaths.restores(destinationClusterId), query,
                ListRestoresResponse.class,
                ListRestoresResponse::pagination, page -> page.restores() == null ? List.of() : page.restores(),
                json -> restores.add(mapped(() -> RestoreMapping.toDomain(json, destinationClusterId))));
        restores.sort(Comparator.comparing(Restore::createdAt).reversed());
        return restores;
    }

    @Override
    public List<DatabaseSummary> listDatabases(String clusterId) {
        List<DatabaseSummary> databases = new ArrayList<>();
        forEachPage("the databases of cluster " + clusterId, ApiPaths.databases(clusterId), Map.of(),
                ListDatabasesResponse.class,
                ListDatabasesResponse::pagination, page -> page.databases() == null ? List.of() : page.databases(),
                json -> databases.add(mapped(() -> DatabaseMapping.toDomain(json))));
        databases.sort(Comparator.comparing(DatabaseSummary::name));
        return databases;
    }

    /**
     * Sent once, never retried. URLs treat a path segment "." or ".." as a relative step, even percent-encoded,
     * so a database of that name cannot be named in the path and is refused before anything is sent.
     */
    @Override
    public void deleteDatabase(String clusterId, String databaseName) {
        if (databaseName.isEmpty()) {
            throw BackendException.invalid("Name the database to drop.");
        }
        if (databaseName.equals(".") || databaseName.equals("..")) {
            throw BackendException.invalid("A database named " + databaseName + " cannot be named in a Cloud API "
                    + "path; drop it with SQL (DROP DATABASE) instead.");
        }
        client.delete(ApiPaths.database(clusterId, databaseName));
    }

    /** The API reports a database's name and table count only. */
    @Override
    public Optional<Catalog> clusterContents(String clusterId) {
        return Optional.empty();
    }

    /**
     * The API does not say what a key may do, so nothing is disabled in advance: a refused action comes back
     * from the service as {@link FailureReason#PERMISSION_DENIED} with its message.
     */
    @Override
    public Permissions permissions() {
        return Permissions.organizationAdmin();
    }

    /** Ends every call in flight, e.g. when the user closes the window or cancels a connection attempt. */
    public void cancelAll() {
        client.cancelAll();
    }

    @Override
    public void close() {
        client.close();
    }

    /** A restore that has been started is reported as started even when it cannot be read back just now. */
    private Optional<RestoreJson> readQuietly(String destinationClusterId, String restoreId) {
        try {
            return Optional.of(client.get(ApiPaths.restore(destinationClusterId, restoreId), Map.of(), RestoreJson.class));
        } catch (BackendException e) {
            return Optional.empty();
        }
    }

    /** Every page of a listing, in pages of the service's default size. */
    private <P, J> void forEachPage(String listing, String path, Map<String, String> query, Class<P> pageType,
                                    Function<P, Pagination> pagination, Function<P, List<J>> items,
                                    Consumer<J> each) {
        forEachPage(listing, path, query, PAGE_LIMIT, pageType, pagination, items, each, () -> false);
    }

    /**
     * Follows a listing's pages until the last one or until {@code enough} says so. A service that hands out a
     * page token again, or more pages than any real listing has, is stopped with a failure rather than followed
     * for ever.
     */
    private <P, J> void forEachPage(String listing, String path, Map<String, String> query, int pageSize,
                                    Class<P> pageType, Function<P, Pagination> pagination,
                                    Function<P, List<J>> items, Consumer<J> each, BooleanSupplier enough) {
        Map<String, String> pageQuery = new LinkedHashMap<>(query);
        pageQuery.put(ApiPaths.LIMIT, Integer.toString(pageSize));
        Set<String> followed = new HashSet<>();
        for (int pages = 1; ; pages++) {
            P page = client.get(path, pageQuery, pageType);
            items.apply(page).forEach(each);
            Pagination next = pagination.apply(page);
            if (!Pagination.hasNext(next) || enough.getAsBoolean()) {
                return;
            }
            if (!followed.add(next.nextPage())) {
                throw new BackendException(FailureReason.SERVER_ERROR, "The Cloud API handed out a page token of "
                        + listing + " that it had handed out before, after " + pages + " pages; the listing was "
                        + "stopped rather than read again from there.");
            }
            if (pages == maxPages) {
                throw new BackendException(FailureReason.SERVER_ERROR, String.format(Locale.ROOT, "The Cloud API "
                        + "still had more pages of %s after %,d pages of %,d; the listing was stopped there, since "
                        + "no cluster holds that many.", listing, maxPages, pageSize));
            }
            pageQuery.put(ApiPaths.PAGE, next.nextPage());
        }
    }

    private <T> T mapped(Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (JsonRefusal e) {
            throw client.unreadable(e);
        }
    }
}
