package org.backupconsole.backend;

/** The kinds of failure a backend call can end in, each with what a user can do about it. */
public enum FailureReason {
    UNAUTHENTICATED("Check the API secret key, or create a new one for the service account."),
    PERMISSION_DENIED("Ask an Org Admin for the Cluster Admin or Cluster Operator role."),
    NOT_FOUND("Refresh the page: it may have been deleted."),
    INVALID_ARGUMENT("Correct the value and try again."),
    FAILED_PRECONDITION("Wait until the cluster is ready, then try again."),
    RATE_LIMITED("Wait a moment, then try again."),
    SERVER_ERROR("Try again later; if it persists, check the service status."),
    NETWORK("Check the network connection and the API URL, then retry.");

    private final String advice;

    FailureReason(String advice) {
        this.advice = advice;
    }

    /** A sentence telling the user what to do next. */
    public String advice() {
        return advice;
    }
}
