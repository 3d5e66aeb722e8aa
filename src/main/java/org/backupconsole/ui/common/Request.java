package org.backupconsole.ui.common;

/**
 * A background call under way. Cancelling it drops its answer: neither its success nor its failure callback
 * runs, so a view model that has moved on (to another cluster, another attempt) never shows a stale answer.
 * Cancel and deliver both happen on the UI thread, so there is no race between them.
 */
public final class Request {

    /** A request that has already ended, for a view model that has not made one yet. */
    public static final Request NONE = new Request();

    private boolean cancelled;

    Request() {
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
