package org.backupconsole.engine.model;

import java.time.Instant;

/** A command that succeeded, with the virtual time it ran at. */
public record LoggedCommand(Instant at, Command<?> command) {
}
