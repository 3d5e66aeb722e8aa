package org.backupconsole.cli;

import java.time.Duration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreStatus;

/** {@code restore create|get|list|watch}: restore jobs, which are listed and read on their destination cluster. */
@Command(name = "restore", description = "Restore jobs: start one, read one, list them, follow one to its end.",
        subcommands = RestoreCreateCommand.class)
public final class RestoreCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "get", description = "Show one restore job.")
    int get(@Mixin BackendOptions backend, @Mixin OutputOptions output,
            @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                    description = "The cluster restored into, by name or id.") String cluster,
            @Parameters(paramLabel = "RESTORE-ID", description = "The restore job's id.") String restoreId) {
        return CommandRun.show(spec, backend, output, service ->
                Results.restore(service.getRestore(ClusterLookup.find(service, cluster).id(), restoreId)));
    }

    @Command(name = "list", description = "List the restore jobs into a cluster, newest first.")
    int list(@Mixin BackendOptions backend, @Mixin OutputOptions output,
             @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                     description = "The cluster restored into, by name or id.") String cluster) {
        return CommandRun.show(spec, backend, output, service ->
                Results.restores(service.listRestores(ClusterLookup.find(service, cluster).id())));
    }

    @Command(name = "watch", description = "Follow a restore job until it ends: a progress bar at a terminal, one "
            + "line per change otherwise (on standard error), then the job on standard output; exit status 0 when it "
            + "succeeded, 1 when it failed.")
    int watch(@Mixin BackendOptions backend, @Mixin OutputOptions output,
              @Option(names = "--cluster", paramLabel = "NAME|ID", required = true,
                      description = "The cluster restored into, by name or id.") String cluster,
              @Parameters(paramLabel = "RESTORE-ID", description = "The restore job's id.") String restoreId,
              @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = RestoreWatch.DEFAULT_TIMEOUT,
                      converter = Timeout.class,
                      description = "How long to wait at most, such as 90s, 30m or 2h (default: ${DEFAULT-VALUE}); "
                              + "the job goes on after it.") Duration timeout) {
        return CommandRun.run(spec.commandLine().getErr(), () -> {
            try (Backend opened = backend.open(System.getenv())) {
                Cluster found = ClusterLookup.find(opened.service(), cluster);
                Restore restore = opened.service().getRestore(found.id(), restoreId);
                return follow(spec, opened, restore, backend, output, timeout);
            }
        });
    }

    /** Waits for a restore to end and writes it; the exit status says how it ended. */
    static int follow(CommandSpec spec, Backend opened, Restore restore, BackendOptions backend, OutputOptions output,
                      Duration timeout) {
        String again = "backup-console restore watch --cluster " + restore.destinationClusterName() + " "
                + restore.id() + backend.asArguments();
        Progress progress = new Progress(spec.commandLine().getErr(), Terminal.isInteractive());
        Restore ended = new RestoreWatch(opened.service(), progress, again)
                .until(restore, timeout, spec.commandLine().getErr());
        ListingWriter.write(Results.restore(ended), output.format, spec.commandLine().getOut());
        return ended.status() == RestoreStatus.SUCCESS ? ExitStatus.SUCCESS : ExitStatus.FAILED;
    }
}
