package org.backupconsole.cli;

import java.util.List;
import java.util.Locale;

import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityExport;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.DatabaseSummary;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreFailure;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreJobPhase;

/**
 * The domain's records as results, with the field names the README documents for JSON and CSV: snake_case,
 * times in RFC 3339 UTC, absent values as {@code null} in JSON and empty in CSV. These names are kept stable.
 */
final class Results {

    private static final List<Column> CLUSTER = List.of(
            Column.of("name", "Name"), Column.of("id", "ID"), Column.of("plan", "Plan").shownAs(Results::word),
            Column.of("state", "State").shownAs(Results::word), Column.of("cloud_provider", "Cloud"),
            Column.of("regions", "Regions"), Column.of("version", "Version"),
            Column.machineOnly("created_at"), Column.machineOnly("deleted_at"));

    private static final List<Column> BACKUP = List.of(
            Column.of("id", "ID"), Column.machineOnly("cluster_id"), Column.of("as_of_time", "Data From"),
            Column.of("type", "Type").shownAs(Results::word).absentAs("Not reported"),
            Column.of("status", "Status").shownAs(Results::word).absentAs("Not reported"),
            Column.of("expires_at", "Expires"), Column.of("expiry_estimated", "Expiry")
                    .shownAs(estimated -> (Boolean) estimated ? "≈ estimated" : "reported"));

    private static final List<Column> RESTORE = List.of(
            Column.of("id", "ID"), Column.of("phase", "Status"),
            Column.of("completion", "Progress").shownAs(share -> Math.round((Double) share * 100) + " %"),
            Column.of("type", "Type").shownAs(Results::word), Column.of("source_cluster", "From"),
            Column.of("destination_cluster", "Into"), Column.machineOnly("destination_cluster_id"),
            Column.machineOnly("backup_id"), Column.of("backup_end_time", "Backup Taken On"),
            Column.of("created_at", "Started"), Column.of("completed_at", "Ended"),
            Column.of("crdb_job_id", "Job ID"), Column.machineOnly("status"), Column.machineOnly("objects"),
            Column.machineOnly("error_code"), Column.of("error_message", "Error"));

    private static final List<Column> SETTINGS = List.of(
            Column.of("cluster", "Cluster"), Column.machineOnly("cluster_id"), Column.of("enabled", "Enabled"),
            Column.of("frequency_minutes", "Every (minutes)"), Column.of("retention_days", "Kept (days)"));

    private static final List<Column> DATABASE = List.of(Column.of("name", "Name"), Column.of("table_count", "Tables"));

    private Results() {
    }

    private static final List<Column> ACTIVITY = List.of(
            Column.of("at", "Time"), Column.of("actor", "Who"), Column.machineOnly("backend"), Column.machineOnly("where"),
            Column.machineOnly("cluster_id"), Column.of("cluster_name", "Cluster"),
            Column.of("action", "Action").shownAs(Results::word), Column.of("what", "What"),
            Column.machineOnly("details"), Column.of("outcome", "Outcome").shownAs(Results::word),
            Column.of("reason", "Reason"), Column.of("job_id", "Job"), Column.of("origin", "From"));

    /** The journal's rows, a restore's end folded into it; the details as name=value pairs. */
    static Listing activity(List<ActivityEntry> rows) {
        Listing listing = Listing.list(ACTIVITY);
        for (ActivityEntry e : rows) {
            listing.row(e.at(), e.actor(), e.backend().name(), e.where(), e.clusterId(), e.clusterName(),
                    e.action().name(), e.what(), ActivityExport.details(e), e.outcome().name(), e.reason().orElse(null),
                    e.jobId().orElse(null), e.origin().name());
        }
        return listing;
    }

    static Listing clusters(List<Cluster> clusters) {
        Listing listing = Listing.list(CLUSTER);
        for (Cluster c : clusters) {
            listing.row(c.name(), c.id(), c.plan().name(), c.state().name(), c.cloudProvider().name(), c.regions(),
                    c.version().map(CockroachVersion::toString).orElse(null), c.createdAt(), c.deletedAt().orElse(null));
        }
        return listing;
    }

    static Listing backups(List<Backup> backups) {
        Listing listing = Listing.list(BACKUP);
        for (Backup b : backups) {
            listing.row(b.id(), b.clusterId(), b.asOfTime(), b.type().map(Enum::name).orElse(null),
                    b.status().map(Enum::name).orElse(null), b.expiresAt(), b.expiryEstimated());
        }
        return listing;
    }

    static Listing restore(Restore restore) {
        return add(Listing.one(RESTORE), restore);
    }

    static Listing restores(List<Restore> restores) {
        Listing listing = Listing.list(RESTORE);
        restores.forEach(restore -> add(listing, restore));
        return listing;
    }

    private static Listing add(Listing listing, Restore r) {
        return listing.row(r.id(), RestoreJobPhase.of(r).displayName(), r.completion(), r.type().name(),
                r.sourceClusterName(), r.destinationClusterName(), r.destinationClusterId(), r.backupId(),
                r.backupEndTime(), r.createdAt(), r.completedAt().orElse(null), r.crdbJobId().orElse(null),
                r.status().name(), r.objects().stream().map(Results::object).toList(),
                r.failure().map(RestoreFailure::code).orElse(null), r.failure().map(RestoreFailure::message).orElse(null));
    }

    static Listing settings(Cluster cluster, BackupSettings settings) {
        return Listing.one(SETTINGS).row(cluster.name(), cluster.id(), settings.enabled(), settings.frequencyMinutes(),
                settings.retentionDays());
    }

    static Listing databases(List<DatabaseSummary> databases) {
        Listing listing = Listing.list(DATABASE);
        databases.forEach(database -> listing.row(database.name(), database.tableCount()));
        return listing;
    }

    /** "movr", "movr.public.users". */
    private static String object(RestoreItem item) {
        return item.database() + item.table().map(table -> "." + item.schema().orElse("public") + "." + table).orElse("");
    }

    /** An enum's name as the window shows it: "Advanced", "Incremental". */
    static String word(Object name) {
        String text = name.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
