package org.backupconsole.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.BackupService;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Backup;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreEligibility;
import org.backupconsole.domain.RestoreItem;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.RestoreType;
import org.backupconsole.domain.TargetContents;
import org.backupconsole.domain.TargetPrecheck;

/**
 * {@code restore create}: the checks of the Restore dialog (who may restore what where, and what the target holds
 * now), the typed confirmation, then one CreateRestore, never sent twice; with {@code --wait}, the job followed to
 * its end.
 */
@Command(name = "create", description = "Start a restore into a cluster, erasing what the restore replaces there. "
        + "It is sent once: if the answer is lost, it is not sent again, and restore list shows whether it started.")
public final class RestoreCreateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BackendOptions backend;

    @Mixin
    OutputOptions output;

    @Option(names = "--cluster", paramLabel = "DEST", required = true,
            description = "The cluster to restore into, by name or id.")
    String cluster;

    @Option(names = "--source", paramLabel = "SRC",
            description = "The cluster whose backup is restored, by name or id (default: the --cluster itself).")
    String source;

    @ArgGroup(multiplicity = "1")
    Which which;

    /** Which backup: one named by its id, or the newest. */
    static final class Which {
        @Option(names = "--backup-id", paramLabel = "ID", description = "The backup to restore.")
        String backupId;

        @Option(names = "--latest", description = "The newest backup of the last 7 days, as the service picks it.")
        boolean latest;
    }

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "CLUSTER",
            description = "What to restore: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); DATABASE and TABLE "
                    + "on Advanced clusters.")
    RestoreType type;

    @Option(names = "--database", paramLabel = "NAME",
            description = "With --type DATABASE or TABLE: the database of the backup.")
    String database;

    @Option(names = "--table", paramLabel = "[SCHEMA.]TABLE",
            description = "With --type TABLE: the table of the backup (schema public unless given).")
    String table;

    @Option(names = "--new-database-name", paramLabel = "NAME",
            description = "With --type DATABASE: restore the database under this name.")
    String newDatabaseName;

    @Option(names = "--into-database", paramLabel = "NAME",
            description = "With --type TABLE: restore the table into this existing database.")
    String intoDatabase;

    @Option(names = "--schema-only", description = "Restore the schema without the data.")
    boolean schemaOnly;

    @Option(names = "--skip-localities-check", description = "Restore even if the localities differ.")
    boolean skipLocalitiesCheck;

    @Option(names = "--skip-missing-foreign-keys", description = "Drop foreign keys to tables that are not restored.")
    boolean skipMissingForeignKeys;

    @Option(names = "--skip-missing-sequences", description = "Drop references to sequences that are not restored.")
    boolean skipMissingSequences;

    @Option(names = "--skip-missing-views", description = "Skip views whose tables are not restored.")
    boolean skipMissingViews;

    @Option(names = "--confirm", paramLabel = "DEST-NAME",
            description = "The name of the cluster restored into: the restore erases what it replaces there.")
    String confirm;

    @Option(names = "--wait", description = "Follow the job until it ends, as restore watch does; exit status 0 when "
            + "it succeeded, 1 when it failed.")
    boolean await;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = RestoreWatch.DEFAULT_TIMEOUT,
            converter = Timeout.class,
            description = "With --wait: how long to wait at most, such as 90s, 30m or 2h (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        return CommandRun.run(err, () -> {
            Optional<RestoreItem> item = item();
            try (Backend opened = backend.open(System.getenv())) {
                BackupService service = opened.service();
                Cluster target = ClusterLookup.find(service, cluster);
                Cluster from = source == null ? target : ClusterLookup.find(service, source);
                checkEligible(service, from, target);
                checkTarget(service, target, item, err);
                Confirmation.require(confirm, target.name(), erases(from, target));
                Restore started = sendOnce(service, request(target, from, item), target, err);
                opened.checkpoint();
                err.println("Restore " + started.id() + " of " + from.name() + "'s backup into " + target.name()
                        + " started.");
                if (await) {
                    return RestoreCommand.follow(spec, opened, started, backend, output, timeout);
                }
                ListingWriter.write(Results.restore(started), output.format, spec.commandLine().getOut());
                return ExitStatus.SUCCESS;
            }
        });
    }

    private Optional<RestoreItem> item() {
        switch (type) {
            case CLUSTER -> {
                if (database != null || table != null) {
                    throw CliFailure.usage("--database and --table apply only to --type DATABASE and TABLE.");
                }
                return Optional.empty();
            }
            case DATABASE -> {
                if (database == null || table != null) {
                    throw CliFailure.usage("--type DATABASE needs --database NAME, and no --table.");
                }
                return Optional.of(RestoreItem.database(database));
            }
            default -> {
                if (database == null || table == null) {
                    throw CliFailure.usage("--type TABLE needs --database NAME and --table [SCHEMA.]TABLE.");
                }
                int dot = table.indexOf('.');
                return Optional.of(dot < 0 ? RestoreItem.table(database, "public", table)
                        : RestoreItem.table(database, table.substring(0, dot), table.substring(dot + 1)));
            }
        }
    }

    private void checkEligible(BackupService service, Cluster from, Cluster target) {
        boolean inProgress = which.backupId != null && backup(service, from).isInProgress();
        RestoreEligibility.check(from, target, inProgress, service.permissions()).ifPresent(refusal -> {
            String into = from.name() + "'s backups into " + target.name();
            throw switch (refusal) {
                case NO_ROLE -> new CliFailure(ExitStatus.DENIED, "You may not restore " + into + ". Ask an Org "
                        + "Admin for the Cluster Admin or Cluster Operator role on both clusters.");
                case SOURCE_DELETED -> CliFailure.refused(from.name() + " was deleted: only Cockroach Labs support "
                        + "restores a deleted cluster's backups. Open a support ticket.");
                case TARGET_DELETED -> CliFailure.refused(target.name() + " was deleted. Choose another --cluster.");
                case OTHER_PLAN -> CliFailure.refused("A backup restores only into a cluster of its own plan, and "
                        + from.name() + " is " + Results.word(from.plan()) + " while " + target.name() + " is "
                        + Results.word(target.plan())
                        + ". Choose another --cluster.");
                case UNSUPPORTED_VERSION -> CliFailure.refused(target.name() + " runs CockroachDB "
                        + target.version().map(Object::toString).orElse("") + ", which cannot take backups of "
                        + from.version().map(Object::toString).orElse("") + ": a backup restores into the same major "
                        + "version or the next one. Choose another --cluster.");
                case TARGET_RESTORING -> CliFailure.refused(target.name() + " is being restored already. Wait for "
                        + "that restore to end: backup-console restore list --cluster " + target.name()
                        + backend.asArguments());
                case TARGET_NOT_READY -> CliFailure.refused(target.name() + " is not ready (" + target.state()
                        + "). Wait until it is, then try again.");
                case BACKUP_IN_PROGRESS -> CliFailure.refused("Backup " + which.backupId + " is still being taken. "
                        + "Choose a finished one, or wait for it.");
            };
        });
    }

    private Backup backup(BackupService service, Cluster from) {
        return service.listBackups(from.id(), TimeRange.ALL).stream()
                .filter(backup -> backup.id().equals(which.backupId)).findFirst()
                .orElseThrow(() -> new CliFailure(ExitStatus.NOT_FOUND, "Backup " + which.backupId + " of "
                        + from.name() + " was not found. Run backup-console backups list --cluster " + from.name()
                        + backend.asArguments() + " to see them."));
    }

    /** What the target holds now, against what the service would refuse to restore into it. */
    private void checkTarget(BackupService service, Cluster target, Optional<RestoreItem> item, PrintWriter err) {
        TargetContents contents = new TargetContents(target.name(), service.listDatabases(target.id()),
                service.clusterContents(target.id()));
        TargetPrecheck.refusal(type, item, options(), contents).ifPresent(refusal -> {
            throw CliFailure.refused(refusal.replace("Empty " + target.name() + " first", "Empty " + target.name()
                    + " first (databases drop)") + " Nothing was sent.");
        });
        TargetPrecheck.blindSpot(type, contents).ifPresent(err::println);
    }

    private String erases(Cluster from, Cluster target) {
        String what = switch (type) {
            case CLUSTER -> "erases everything " + target.name() + " holds now";
            case DATABASE -> "adds database " + (newDatabaseName == null ? database : newDatabaseName) + " to it";
            case TABLE -> "adds table " + table + " to database " + (intoDatabase == null ? database : intoDatabase)
                    + " there";
        };
        return "Restoring " + from.name() + "'s backup into " + target.name() + " " + what + ", and "
                + target.name() + " is unavailable while it runs.";
    }

    private RestoreOptions options() {
        return new RestoreOptions(Optional.ofNullable(newDatabaseName), Optional.ofNullable(intoDatabase), schemaOnly,
                skipLocalitiesCheck, skipMissingForeignKeys, skipMissingSequences, skipMissingViews);
    }

    private RestoreRequest request(Cluster target, Cluster from, Optional<RestoreItem> item) {
        return new RestoreRequest(target.id(), type, Optional.of(from.id()), Optional.ofNullable(which.backupId),
                item.stream().toList(), options());
    }

    /**
     * Sends the request once. If the answer is lost, or the command is stopped while it is on its way, the
     * restore may have started: it is not sent again, and the user is told how to find it.
     */
    private Restore sendOnce(BackupService service, RestoreRequest request, Cluster target, PrintWriter err) {
        String find = "backup-console restore list --cluster " + target.name() + backend.asArguments();
        String sentOnce = "The restore request was sent once and is not sent again; it may have started. Find it "
                + "with: " + find;
        try (ShutdownNote note = ShutdownNote.during(err, "Stopped while the restore request was on its way. "
                + sentOnce)) {
            return service.createRestore(request);
        } catch (BackendException e) {
            if (e.reason() != FailureReason.NETWORK) {
                throw e;
            }
            throw new CliFailure(ExitStatus.NETWORK, e.getMessage() + " " + sentOnce);
        }
    }
}
