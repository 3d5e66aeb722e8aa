package org.backupconsole.engine;

/**
 * How one check of a drill stands: what it asks ({@code says}), its state, and why it stands so. A check is PENDING
 * until the trainee has done what it asks, MET once they have, and BROKEN when something was done that the goal
 * rules out (such as restoring from a backup taken after the incident).
 */
public record DrillOutcome(String says, State state, String detail) {

    public enum State {
        PENDING,
        MET,
        BROKEN
    }
}
