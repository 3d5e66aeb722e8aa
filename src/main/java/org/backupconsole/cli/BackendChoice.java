package org.backupconsole.cli;

/** The backends the command line offers, to the window and to the scripting commands alike. */
public enum BackendChoice {
    /** The embedded simulator with the demo organization. */
    SIM,
    /** The CockroachDB Cloud API: after the Connect dialog in the window, with COCKROACH_API_KEY in scripts. */
    LIVE,
    /** The local Cloud API, started in-process on the simulator, through the live client. */
    LOCAL
}
