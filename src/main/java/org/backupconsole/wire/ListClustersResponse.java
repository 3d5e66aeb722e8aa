package org.backupconsole.wire;

import java.util.List;

public record ListClustersResponse(List<ClusterJson> clusters, Pagination pagination) {
}
