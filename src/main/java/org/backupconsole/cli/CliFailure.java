package org.backupconsole.cli;

/** Ends a scripting command with a status and one line on standard error saying what happened and what to do. */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    CliFailure(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static CliFailure usage(String message) {
        return new CliFailure(ExitStatus.USAGE, message);
    }

    static CliFailure refused(String message) {
        return new CliFailure(ExitStatus.FAILED, message);
    }
}
