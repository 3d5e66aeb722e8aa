package org.backupconsole.cli;

import java.io.PrintWriter;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.BackupSettings;
import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Cluster;

/** {@code settings get|set}: a cluster's managed-backup schedule and retention. */
@Command(name = "settings", description = "The backup settings of a cluster.")
public final class SettingsCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "get", description = "Show a cluster's backup settings.")
    int get(@Mixin BackendOptions backend, @Mixin OutputOptions output,
            @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                    description = "The cluster, by name or id.") String cluster) {
        return CommandRun.show(spec, backend, output, service -> {
            Cluster found = ClusterLookup.find(service, cluster);
            return Results.settings(found, service.getBackupSettings(found.id()));
        });
    }

    @Command(name = "set", description = "Change a cluster's backup settings; only what differs is sent. Saving "
            + "starts a full backup at once, and the retention can be changed only once, so changing it needs --confirm.")
    int set(@Mixin BackendOptions backend, @Mixin OutputOptions output,
            @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                    description = "The cluster, by name or id.") String cluster,
            @Option(names = "--frequency", paramLabel = "MINUTES",
                    description = "Minutes between backups: one of 5, 10, 15, 30, 60, 240, 1440.")
            Integer frequency,
            @Option(names = "--retention", paramLabel = "DAYS",
                    description = "Days each new backup is kept: one of 2, 7, 30, 90, 365; once only.") Integer retention,
            @Option(names = "--enabled", paramLabel = "true|false", arity = "1",
                    description = "Whether backups are taken.") Boolean enabled,
            @Option(names = "--confirm", paramLabel = "NAME",
                    description = "The cluster's name, to change the retention, which cannot be changed again.")
            String confirm) {
        PrintWriter err = spec.commandLine().getErr();
        return CommandRun.run(err, () -> {
            if (Boolean.FALSE.equals(enabled) && (frequency != null || retention != null)) {
                throw CliFailure.usage("--enabled false cannot go with --frequency or --retention: the service "
                        + "refuses a schedule in the change that disables backups.");
            }
            try (Backend opened = backend.open(System.getenv())) {
                BackupService service = opened.service();
                Cluster found = ClusterLookup.find(service, cluster);
                BackupSettings current = service.getBackupSettings(found.id());
                Optional<BackupSettingsUpdate> update = BackupSettingsUpdate.between(current,
                        enabled == null ? current.enabled() : enabled, frequency, retention);
                BackupSettings result = update.map(change -> save(service, found, change, confirm, err))
                        .orElseGet(() -> {
                            err.println("Nothing to change: " + found.name() + " already has these settings.");
                            return current;
                        });
                ListingWriter.write(Results.settings(found, result), output.format, spec.commandLine().getOut());
            }
            return ExitStatus.SUCCESS;
        });
    }

    private static BackupSettings save(BackupService service, Cluster cluster, BackupSettingsUpdate update,
                                       String confirm, PrintWriter err) {
        if (update.retentionDays().isPresent()) {
            Confirmation.require(confirm, cluster.name(), "The retention of a cluster can be changed only once: "
                    + update.retentionDays().get() + " days will apply to new backups, existing ones keep their "
                    + "expiry, and changing it again takes a support ticket.");
        }
        BackupSettings saved = service.updateBackupSettings(cluster.id(), update);
        if (saved.enabled()) {
            err.println("Saved. A full backup of " + cluster.name() + " starts now, which may raise its CPU use for "
                    + "a while.");
        } else {
            err.println("Saved. No more backups of " + cluster.name() + " are taken; existing ones are kept until "
                    + "they expire.");
        }
        return saved;
    }
}
