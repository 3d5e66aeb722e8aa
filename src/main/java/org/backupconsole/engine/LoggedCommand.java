package org.backupconsole.engine;

import java.time.Instant;

/** A command that succeeded, with the virtual time it ran at. */
record LoggedCommand(Instant at, Command<?> command) {
}
