package org.backupconsole.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreFailure;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.json.JsonPlace;

/** Restores and restore requests between the domain and the wire. */
public final class RestoreMapping {

    private RestoreMapping() {
    }

    /**
     * The service wants a backup id or a source cluster; a request with neither means the destination's own
     * latest backup, so the destination is sent as the source.
     */
    public static CreateRestoreJson toWire(RestoreRequest request) {
        String source = request.sourceClusterId()
                .orElse(request.backupId().isPresent() ? null : request.destinationClusterId());
        return new CreateRestoreJson(request.type().name(), source, request.backupId().orElse(null),
                itemsToWire(request.objects()), optionsToWire(request.options()));
    }

    /**
     * The request a POST body asks for. An unknown type, an object without a database, and an empty or blank id
     * or name are refused with their place: a request says what it means, where an answer's empty string is
     * proto3's way of leaving a field out.
     */
    public static RestoreRequest toDomain(String destinationClusterId, CreateRestoreJson json) {
        RestoreType type = WireFormatException.parseEnum(RestoreType.class, json.type(), "$.type");
        Optional<String> source = Optional.ofNullable(WireFormatException.notBlank(json.sourceClusterId(),
                "$.source_cluster_id"));
        Optional<String> backup = Optional.ofNullable(WireFormatException.notBlank(json.backupId(), "$.backup_id"));
        List<RestoreItemJson> objects = json.objects() == null ? List.of() : json.objects();
        for (int i = 0; i < objects.size(); i++) {
            String place = JsonPlace.index("$.objects", i);
            WireFormatException.notBlank(objects.get(i).database(), place + ".database");
            WireFormatException.notBlank(objects.get(i).schema(), place + ".schema");
            WireFormatException.notBlank(objects.get(i).table(), place + ".table");
        }
        if (json.restoreOpts() != null) {
            WireFormatException.notBlank(json.restoreOpts().newDbName(), "$.restore_opts.new_db_name");
            WireFormatException.notBlank(json.restoreOpts().intoDb(), "$.restore_opts.into_db");
        }
        return new RestoreRequest(destinationClusterId, type, source, backup, itemsToDomain(objects),
                optionsToDomain(json.restoreOpts()));
    }

    public static RestoreJson toWire(Restore restore) {
        return new RestoreJson(restore.id(), restore.backupId(), restore.status().name(), restore.createdAt(),
                restore.type().name(), restore.completion(), restore.sourceClusterName(),
                restore.destinationClusterName(), restore.backupEndTime(), restore.completedAt().orElse(null),
                restore.crdbJobId().orElse(null), restore.failure().map(RestoreFailure::code).orElse(null),
                restore.failure().map(RestoreFailure::message).orElse(null), itemsToWire(restore.objects()),
                optionsToWire(restore.options()));
    }

    /** The fields the spec calls required that this answer lacks; the service sometimes leaves some out. */
    public static List<String> missingRequired(RestoreJson json) {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, json.id(), "id");
        addIfNull(missing, json.backupId(), "backup_id");
        addIfNull(missing, json.status(), "status");
        addIfNull(missing, json.createdAt(), "created_at");
        addIfNull(missing, json.type(), "type");
        addIfNull(missing, json.completionPercent(), "completion_percent");
        addIfNull(missing, json.sourceClusterName(), "source_cluster_name");
        addIfNull(missing, json.destinationClusterName(), "destination_cluster_name");
        addIfNull(missing, json.backupEndTime(), "backup_end_time");
        return missing;
    }

    /** The first answer with every null field taken from the second (a later GET of the same restore). */
    public static RestoreJson fillFrom(RestoreJson first, RestoreJson later) {
        return new RestoreJson(
                first(first.id(), later.id()), first(first.backupId(), later.backupId()),
                first(first.status(), later.status()), first(first.createdAt(), later.createdAt()),
                first(first.type(), later.type()), first(first.completionPercent(), later.completionPercent()),
                first(first.sourceClusterName(), later.sourceClusterName()),
                first(first.destinationClusterName(), later.destinationClusterName()),
                first(first.backupEndTime(), later.backupEndTime()), first(first.completedAt(), later.completedAt()),
                first(first.crdbJobId(), later.crdbJobId()), first(first.clientErrorCode(), later.clientErrorCode()),
                first(first.clientErrorMessage(), later.clientErrorMessage()), first(first.objects(), later.objects()),
                first(first.restoreOpts(), later.restoreOpts()));
    }

    /**
     * A restore as the domain holds it. The identity, status, type and creation time must be there; cluster
     * names the service left out read as empty, a missing backup end time as the creation time, and a missing
     * completion as none.
     */
    public static Restore toDomain(RestoreJson json, String destinationClusterId) {
        var createdAt = WireFormatException.required(json.createdAt(), "$.created_at");
        Optional<RestoreFailure> failure = json.clientErrorCode() == null && json.clientErrorMessage() == null
                ? Optional.empty()
                : Optional.of(new RestoreFailure(json.clientErrorCode() == null ? 0 : json.clientErrorCode(),
                        json.clientErrorMessage() == null ? "" : json.clientErrorMessage()));
        return new Restore(
                WireFormatException.required(json.id(), "$.id"),
                WireFormatException.required(json.backupId(), "$.backup_id"),
                destinationClusterId,
                json.sourceClusterName() == null ? "" : json.sourceClusterName(),
                json.destinationClusterName() == null ? "" : json.destinationClusterName(),
                WireFormatException.parseEnum(RestoreStatus.class, json.status(), "$.status"),
                WireFormatException.parseEnum(RestoreType.class, json.type(), "$.type"),
                completion(json.completionPercent()),
                createdAt,
                json.backupEndTime() == null ? createdAt : json.backupEndTime(),
                Optional.ofNullable(json.completedAt()),
                Optional.ofNullable(json.crdbJobId()),
                failure,
                itemsToDomain(json.objects()),
                optionsToDomain(json.restoreOpts()));
    }

    private static double completion(Double percent) {
        if (percent == null || percent.isNaN()) {
            return 0;
        }
        return Math.max(0, Math.min(1, percent));
    }

    private static List<RestoreItemJson> itemsToWire(List<RestoreItem> items) {
        if (items.isEmpty()) {
            return null;
        }
        return items.stream()
                .map(i -> new RestoreItemJson(i.database(), i.schema().orElse(null), i.table().orElse(null)))
                .toList();
    }

    private static List<RestoreItem> itemsToDomain(List<RestoreItemJson> items) {
        if (items == null) {
            return List.of();
        }
        List<RestoreItem> domain = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RestoreItemJson item = items.get(i);
            if (blankToNull(item.database()) == null) {
                throw new WireFormatException(JsonPlace.field(JsonPlace.index("$.objects", i), "database"),
                        "a required field is missing.");
            }
            domain.add(new RestoreItem(item.database(), Optional.ofNullable(blankToNull(item.schema())),
                    Optional.ofNullable(blankToNull(item.table()))));
        }
        return domain;
    }

    private static RestoreOptsJson optionsToWire(RestoreOptions options) {
        if (options.equals(RestoreOptions.NONE)) {
            return null;
        }
        return new RestoreOptsJson(options.newDatabaseName().orElse(null), options.intoDatabase().orElse(null),
                trueOrNull(options.schemaOnly()), trueOrNull(options.skipLocalitiesCheck()),
                trueOrNull(options.skipMissingForeignKeys()), trueOrNull(options.skipMissingSequences()),
                trueOrNull(options.skipMissingViews()));
    }

    private static RestoreOptions optionsToDomain(RestoreOptsJson json) {
        if (json == null) {
            return RestoreOptions.NONE;
        }
        return new RestoreOptions(Optional.ofNullable(blankToNull(json.newDbName())),
                Optional.ofNullable(blankToNull(json.intoDb())), isTrue(json.schemaOnly()),
                isTrue(json.skipLocalitiesCheck()), isTrue(json.skipMissingForeignKeys()),
                isTrue(json.skipMissingSequences()), isTrue(json.skipMissingViews()));
    }

    private static Boolean trueOrNull(boolean value) {
        return value ? Boolean.TRUE : null;
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> T first(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static void addIfNull(List<String> missing, Object value, String field) {
        if (value == null) {
            missing.add(field);
        }
    }
}
