package org.backupconsole.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.backupconsole.backend.FailureReason;

/** The exit statuses of the scripting commands, as their {@code --help} and the README list them. */
public final class ExitStatus {

    public static final int SUCCESS = 0;
    /** The job failed, or the service refused (or would refuse) what was asked. */
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int DENIED = 3;
    public static final int NOT_FOUND = 4;
    /** The network failed, or a wait ran out of time. */
    public static final int NETWORK = 5;

    /** The list {@code --help} shows under "Exit status". */
    public static final Map<String, String> DESCRIBED = described();

    private ExitStatus() {
    }

    static int of(FailureReason reason) {
        return switch (reason) {
            case UNAUTHENTICATED, PERMISSION_DENIED -> DENIED;
            case NOT_FOUND -> NOT_FOUND;
            case INVALID_ARGUMENT -> USAGE;
            case NETWORK -> NETWORK;
            case FAILED_PRECONDITION, RATE_LIMITED, SERVER_ERROR -> FAILED;
        };
    }

    private static Map<String, String> described() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(Integer.toString(SUCCESS), "Success.");
        list.put(Integer.toString(FAILED), "The job failed, or the service refused it.");
        list.put(Integer.toString(USAGE), "Usage or bad input, or a missing --confirm.");
        list.put(Integer.toString(DENIED), "Authentication or permission.");
        list.put(Integer.toString(NOT_FOUND), "Not found.");
        list.put(Integer.toString(NETWORK), "Network, or --timeout reached.");
        return Collections.unmodifiableMap(list);
    }
}
