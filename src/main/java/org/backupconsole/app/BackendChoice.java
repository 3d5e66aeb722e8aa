package org.backupconsole.app;

/** The backends the command line offers. */
public enum BackendChoice {
    /** The embedded simulator with the demo organization. */
    SIM,
    /** The CockroachDB Cloud API, after the Connect dialog. */
    LIVE,
    /** The local Cloud API, started in-process on the simulator, through the live client. */
    LOCAL
}
