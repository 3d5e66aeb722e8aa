package org.backupconsole.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.backupconsole.backend.BackendException;
import org.backupconsole.backend.FailureReason;
import org.backupconsole.domain.Cluster;

/** {@code databases list|drop}: the Cloud API's ListDatabases and DeleteDatabase, to empty a restore's target. */
@Command(name = "databases", description = "The databases a cluster holds now.")
public final class DatabasesCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List a cluster's databases with their table counts.")
    int list(@Mixin BackendOptions backend, @Mixin OutputOptions output,
             @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                     description = "The cluster, by name or id.") String cluster) {
        return CommandRun.show(spec, backend, output,
                service -> Results.databases(service.listDatabases(ClusterLookup.find(service, cluster).id())));
    }

    @Command(name = "drop", description = "Drop a database with all its tables and data; sent once, never retried.")
    int drop(@Mixin BackendOptions backend,
             @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                     description = "The cluster, by name or id.") String cluster,
             @Parameters(paramLabel = "DATABASE", description = "The database to drop.") String database,
             @Option(names = "--confirm", paramLabel = "DATABASE",
                     description = "The database's name again: the drop cannot be undone.") String confirm) {
        return CommandRun.run(spec.commandLine().getErr(), () -> {
            try (Backend opened = backend.open(System.getenv())) {
                Cluster found = ClusterLookup.find(opened.service(), cluster);
                Confirmation.require(confirm, database, "Dropping " + database + " deletes it from " + found.name()
                        + " with all its tables and data, and cannot be undone.");
                drop(opened, found, database, backend);
                spec.commandLine().getOut().println("Dropped database " + database + " of " + found.name() + ".");
            }
            return ExitStatus.SUCCESS;
        });
    }

    private static void drop(Backend opened, Cluster cluster, String database, BackendOptions backend) {
        try {
            opened.service().deleteDatabase(cluster.id(), database);
        } catch (BackendException e) {
            if (e.reason() != FailureReason.NETWORK) {
                throw e;
            }
            throw new CliFailure(ExitStatus.NETWORK, e.getMessage() + " It was sent once and is not sent again; "
                    + "check with: backup-console databases list --cluster " + cluster.name() + backend.asArguments());
        }
    }
}
