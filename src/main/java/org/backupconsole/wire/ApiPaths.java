package org.backupconsole.wire;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The paths of the endpoints, shared by the client that calls them and the server that routes them. */
public final class ApiPaths {

    public static final String ORGANIZATION = "/api/v1/organization";
    public static final String CLUSTERS = "/api/v1/clusters";

    public static final String PAGE = "pagination.page";
    public static final String LIMIT = "pagination.limit";
    public static final String SORT_ORDER = "pagination.sort_order";
    /** ListClusters only: NAME (the default), CREATED_AT or DELETED_AT. */
    public static final String SORT_BY = "pagination.sort_by";
    public static final String AS_OF_TIME = "pagination.as_of_time";
    public static final String START_TIME = "start_time";
    public static final String END_TIME = "end_time";
    public static final String SHOW_INACTIVE = "show_inactive";

    private ApiPaths() {
    }

    public static String cluster(String clusterId) {
        return CLUSTERS + "/" + segment(clusterId);
    }

    public static String backups(String clusterId) {
        return cluster(clusterId) + "/backups";
    }

    public static String backupsConfig(String clusterId) {
        return cluster(clusterId) + "/backups-config";
    }

    public static String restores(String clusterId) {
        return cluster(clusterId) + "/restores";
    }

    public static String restore(String clusterId, String restoreId) {
        return restores(clusterId) + "/" + segment(restoreId);
    }

    public static String databases(String clusterId) {
        return cluster(clusterId) + "/databases";
    }

    public static String database(String clusterId, String name) {
        return databases(clusterId) + "/" + segment(name);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
