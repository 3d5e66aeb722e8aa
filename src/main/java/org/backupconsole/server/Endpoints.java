package org.backupconsole.server;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.TimeOrder;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.engine.Simulation;
import org.backupconsole.json.JsonRefusal;
import org.backupconsole.wire.ApiPaths;
import org.backupconsole.wire.BackupMapping;
import org.backupconsole.wire.ClusterMapping;
import org.backupconsole.wire.CreateRestoreJson;
import org.backupconsole.wire.DatabaseJson;
import org.backupconsole.wire.DatabaseMapping;
import org.backupconsole.wire.ListBackupsResponse;
import org.backupconsole.wire.ListClustersResponse;
import org.backupconsole.wire.ListDatabasesResponse;
import org.backupconsole.wire.ListRestoresResponse;
import org.backupconsole.wire.OrganizationJson;
import org.backupconsole.wire.RestoreMapping;
import org.backupconsole.wire.UpdateBackupConfigurationJson;

/** What each operation answers, computed on the caller's view of the backend. */
final class Endpoints {

    /** The service's page size when the caller does not ask for one. */
    static final int DEFAULT_PAGE_LIMIT = 500;

    private static final Pattern ASCII_DIGITS = Pattern.compile("[0-9]+");

    private final Simulation simulation;

    Endpoints(Simulation simulation) {
        this.simulation = simulation;
    }

    Object answer(Operation.Match match, ApiExchange request, BackupService service) {
        return switch (match.operation()) {
            case GET_ORGANIZATION -> new OrganizationJson(organizationId(), vanityName(simulation.organizationName()),
                    simulation.organizationName(), simulation.historyStart());
            case LIST_CLUSTERS -> listClusters(request, service);
            case GET_CLUSTER -> ClusterMapping.toWire(service.getCluster(match.clusterId()));
            case LIST_BACKUPS -> listBackups(match.clusterId(), request, service);
            case GET_BACKUP_CONFIGURATION -> BackupMapping.toWire(service.getBackupSettings(match.clusterId()));
            case UPDATE_BACKUP_CONFIGURATION -> BackupMapping.toWire(service.updateBackupSettings(match.clusterId(),
                    BackupMapping.toDomain(request.body(UpdateBackupConfigurationJson.class))));
            case CREATE_RESTORE -> RestoreMapping.toWire(service.createRestore(
                    restoreRequest(match.clusterId(), request.body(CreateRestoreJson.class))));
            case LIST_RESTORES -> listRestores(match.clusterId(), request, service);
            case GET_RESTORE -> RestoreMapping.toWire(service.getRestore(match.clusterId(), match.restoreId()));
            case LIST_DATABASES -> listDatabases(match.clusterId(), request, service);
            case DELETE_DATABASE -> deleteDatabase(match.clusterId(), match.databaseName(), service);
        };
    }

    private String organizationId() {
        return UUID.nameUUIDFromBytes(simulation.organizationName().getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The organization's short name, e.g. {@code acme-logistics} for Acme Logistics. */
    private static String vanityName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private ListClustersResponse listClusters(ApiExchange request, BackupService service) {
        boolean showInactive = request.query(ApiPaths.SHOW_INACTIVE).map(Endpoints::parseBoolean).orElse(false);
        List<Cluster> clusters = service.listClusters().stream()
                .filter(c -> showInactive || !c.isDeleted())
                .toList();
        String sortBy = request.query(ApiPaths.SORT_BY).orElse("NAME");
        Function<Cluster, String> key = switch (sortBy) {
            case "NAME" -> c -> c.name() + "\u0000" + c.id();
            case "CREATED_AT" -> c -> KeysetPager.timeKey(c.createdAt(), c.id());
            // The spec: "Active clusters will be sorted by created_at."
            case "DELETED_AT" -> c -> KeysetPager.timeKey(c.deletedAt().orElse(c.createdAt()), c.id());
            default -> throw ApiError.badQuery(ApiPaths.SORT_BY, "NAME, CREATED_AT or DELETED_AT", sortBy);
        };
        var page = page(request, "clusters/" + sortBy, clusters, key);
        return new ListClustersResponse(page.items().stream().map(ClusterMapping::toWire).toList(), page.pagination());
    }

    private ListBackupsResponse listBackups(String clusterId, ApiExchange request, BackupService service) {
        TimeRange range = timeRange(request);
        boolean descending = descending(request);
        int limit = limit(request);
        request.timeQuery(ApiPaths.AS_OF_TIME);
        KeysetPager.TimeSlices<Backup> slices = (window, newestFirst, count) -> service.listBackups(clusterId,
                window, newestFirst ? TimeOrder.NEWEST_FIRST : TimeOrder.OLDEST_FIRST, count);
        // The API lists only backups that can be restored, so one still being taken is left out.
        var page = KeysetPager.pageByTime(slices, b -> KeysetPager.timeKey(b.asOfTime(), b.id()), Backup::isComplete,
                range, descending, "backups", request.query(ApiPaths.PAGE), limit);
        return new ListBackupsResponse(page.items().stream().map(BackupMapping::toWire).toList(), page.pagination());
    }

    private ListRestoresResponse listRestores(String clusterId, ApiExchange request, BackupService service) {
        TimeRange range = timeRange(request);
        List<Restore> restores = service.listRestores(clusterId).stream()
                .filter(r -> range.contains(r.createdAt()))
                .toList();
        var page = page(request, "restores", restores, r -> KeysetPager.timeKey(r.createdAt(), r.id()));
        return new ListRestoresResponse(page.items().stream().map(RestoreMapping::toWire).toList(), page.pagination());
    }

    private ListDatabasesResponse listDatabases(String clusterId, ApiExchange request, BackupService service) {
        var page = page(request, "databases", service.listDatabases(clusterId), DatabaseSummary::name);
        return new ListDatabasesResponse(page.items().stream().map(DatabaseMapping::toWire).toList(), page.pagination());
    }

    /**
     * The service answers with the database it dropped, which the port's drop does not return, so its table
     * count is read just before: it is shown only once the drop, which needs more rights than a listing, has
     * been allowed, and left out if the database was put in by the simulator controls in between.
     */
    private DatabaseJson deleteDatabase(String clusterId, String name, BackupService service) {
        Optional<DatabaseSummary> dropping = simulation.catalog(clusterId).databases().stream()
                .filter(d -> d.name().equals(name)).findFirst().map(DatabaseSummary::of);
        service.deleteDatabase(clusterId, name);
        return dropping.map(DatabaseMapping::toWire).orElseGet(() -> new DatabaseJson(name, null));
    }

    private static RestoreRequest restoreRequest(String destinationClusterId, CreateRestoreJson body) {
        RestoreRequest request;
        try {
            request = RestoreMapping.toDomain(destinationClusterId, body);
        } catch (JsonRefusal e) {
            throw ApiError.badBody(e);
        }
        if (request.sourceClusterId().isEmpty() && request.backupId().isEmpty()) {
            throw ApiError.invalid("The request body needs one of backup_id or source_cluster_id: the backup to "
                    + "restore, or the cluster whose latest backup to restore.");
        }
        return request;
    }

    private static <T> KeysetPager.Page<T> page(ApiExchange request, String listing, List<T> items,
                                                Function<T, String> key) {
        boolean descending = descending(request);
        int limit = limit(request);
        request.timeQuery(ApiPaths.AS_OF_TIME);
        return KeysetPager.page(items, key, descending, listing, request.query(ApiPaths.PAGE), limit);
    }

    private static boolean descending(ApiExchange request) {
        return request.query(ApiPaths.SORT_ORDER).map(order -> switch (order) {
            case "ASC" -> false;
            case "DESC" -> true;
            default -> throw ApiError.badQuery(ApiPaths.SORT_ORDER, "ASC or DESC", order);
        }).orElse(false);
    }

    private static int limit(ApiExchange request) {
        return request.query(ApiPaths.LIMIT).map(Endpoints::parseLimit).orElse(DEFAULT_PAGE_LIMIT);
    }

    /** start_time is inclusive and end_time exclusive; the service wants both or neither. */
    private static TimeRange timeRange(ApiExchange request) {
        Optional<Instant> start = request.timeQuery(ApiPaths.START_TIME);
        Optional<Instant> end = request.timeQuery(ApiPaths.END_TIME);
        if (start.isPresent() != end.isPresent()) {
            throw ApiError.invalid("The query parameters start_time and end_time must be given together.");
        }
        if (start.isPresent() && !start.get().isBefore(end.get())) {
            throw ApiError.invalid("The query parameter start_time must be before end_time.");
        }
        return new TimeRange(start, end);
    }

    /** A page size in ASCII digits: {@link Integer#parseInt} alone would take other digits, such as fullwidth ones. */
    private static int parseLimit(String text) {
        if (ASCII_DIGITS.matcher(text).matches()) {
            try {
                int limit = Integer.parseInt(text);
                if (limit > 0) {
                    return limit;
                }
            } catch (NumberFormatException tooLarge) {
                // refused below
            }
        }
        throw ApiError.badQuery(ApiPaths.LIMIT, "a whole number from 1 to " + Integer.MAX_VALUE, text);
    }

    private static boolean parseBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiError.badQuery(ApiPaths.SHOW_INACTIVE, "true or false", text);
        };
    }
}
