package org.backupconsole.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code clusters list}. */
@Command(name = "clusters", description = "The clusters of the organization.")
public final class ClustersCommand {

    @Spec
    CommandSpec spec;

    @Command(name = "list", description = "List the clusters you can see, deleted ones included while their backups "
            + "are kept.")
    int list(@Mixin BackendOptions backend, @Mixin OutputOptions output) {
        return CommandRun.show(spec, backend, output, service -> Results.clusters(service.listClusters()));
    }
}
