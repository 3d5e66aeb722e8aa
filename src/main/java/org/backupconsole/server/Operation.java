package org.backupconsole.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The endpoints of the Cloud API this server serves, named as the spec names their operations. */
enum Operation {
    GET_ORGANIZATION("GET", "/api/v1/organization"),
    LIST_CLUSTERS("GET", "/api/v1/clusters"),
    GET_CLUSTER("GET", "/api/v1/clusters/{cluster_id}"),
    LIST_BACKUPS("GET", "/api/v1/clusters/{cluster_id}/backups"),
    GET_BACKUP_CONFIGURATION("GET", "/api/v1/clusters/{cluster_id}/backups-config"),
    UPDATE_BACKUP_CONFIGURATION("PATCH", "/api/v1/clusters/{cluster_id}/backups-config"),
    CREATE_RESTORE("POST", "/api/v1/clusters/{cluster_id}/restores"),
    LIST_RESTORES("GET", "/api/v1/clusters/{cluster_id}/restores"),
    GET_RESTORE("GET", "/api/v1/clusters/{cluster_id}/restores/{restore_id}"),
    LIST_DATABASES("GET", "/api/v1/clusters/{cluster_id}/databases"),
    DELETE_DATABASE("DELETE", "/api/v1/clusters/{cluster_id}/databases/{name}");

    private final String method;
    private final String template;
    private final String[] segments;

    Operation(String method, String template) {
        this.method = method;
        this.template = template;
        this.segments = template.substring(1).split("/");
    }

    String method() {
        return method;
    }

    /** The spec's name for it, e.g. {@code ListBackups}, used by fault rules. */
    String specName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase());
        }
        return name.toString();
    }

    static Optional<Operation> bySpecName(String name) {
        return Arrays.stream(values()).filter(o -> o.specName().equals(name)).findFirst();
    }

    /** A request routed to an operation, with the path variables in order. */
    record Match(Operation operation, List<String> variables) {
        String clusterId() {
            return variables.get(0);
        }

        String restoreId() {
            return variables.get(1);
        }

        String databaseName() {
            return variables.get(1);
        }
    }

    /**
     * The operation for the method and the raw (still percent-encoded) path, whose segments are decoded one by
     * one, so that a database name with an encoded "/" stays one segment. {@link #pathExists} tells 405 from 404
     * when none matches.
     */
    static Optional<Match> route(String method, String rawPath) {
        String[] requested = decodedSegments(rawPath);
        for (Operation operation : values()) {
            Optional<List<String>> variables = operation.variables(requested);
            if (variables.isPresent() && operation.method.equals(method)) {
                return Optional.of(new Match(operation, variables.get()));
            }
        }
        return Optional.empty();
    }

    static boolean pathExists(String rawPath) {
        String[] requested = decodedSegments(rawPath);
        return Arrays.stream(values()).anyMatch(o -> o.variables(requested).isPresent());
    }

    /** {@link RequestTarget} has checked every escape of the path, so decoding cannot fail. */
    private static String[] decodedSegments(String rawPath) {
        if (rawPath.length() <= 1 || !rawPath.startsWith("/")) {
            return new String[0];
        }
        return Arrays.stream(rawPath.substring(1).split("/", -1))
                .map(RequestTarget::decodePath)
                .toArray(String[]::new);
    }

    private Optional<List<String>> variables(String[] requested) {
        if (requested.length != segments.length) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                if (requested[i].isEmpty()) {
                    return Optional.empty();
                }
                values.add(requested[i]);
            } else if (!segments[i].equals(requested[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
