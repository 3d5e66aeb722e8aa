package org.backupconsole.cli;

import java.util.List;
import java.util.stream.Collectors;

import org.backupconsole.backend.BackupService;
import org.backupconsole.domain.Cluster;

/** Finds a cluster by its id or by its name, as a user names it on the command line. */
final class ClusterLookup {

    private ClusterLookup() {
    }

    static Cluster find(BackupService service, String nameOrId) {
        List<Cluster> clusters = service.listClusters();
        for (Cluster cluster : clusters) {
            if (cluster.id().equals(nameOrId)) {
                return cluster;
            }
        }
        List<Cluster> named = clusters.stream().filter(cluster -> cluster.name().equals(nameOrId)).toList();
        if (named.size() > 1) {
            throw CliFailure.usage("Several clusters are named " + nameOrId + " (ids "
                    + named.stream().map(Cluster::id).collect(Collectors.joining(", ")) + "): name one by its id.");
        }
        if (named.isEmpty()) {
            throw new CliFailure(ExitStatus.NOT_FOUND, "No cluster is named " + nameOrId + " or has that id. "
                    + "Run backup-console clusters list to see the clusters.");
        }
        return named.get(0);
    }
}
