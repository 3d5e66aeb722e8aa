package org.backupconsole.app;

/** The backends the command line offers. */
public enum BackendChoice {
    /** The embedded simulator with the demo organization. */
    SIM
}
