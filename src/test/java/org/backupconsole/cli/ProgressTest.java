package org.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.backupconsole.domain.Restore;
import org.backupconsole.domain.RestoreFailure;
import org.backupconsole.domain.RestoreOptions;
import org.backupconsole.domain.RestoreStatus;
import org.backupconsole.domain.RestoreType;

/** A restore's progress as a bar redrawn in place at a terminal, and as one line per change elsewhere. */
class ProgressTest {

    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void atATerminalTheBarShowsPhaseShareElapsedAndTimeLeftInPlace() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), true);
        progress.show(restore(RestoreStatus.PENDING, 0.25, Optional.of("991")), START.plusSeconds(60));
        String bar = text.toString();
        assertTrue(bar.startsWith("\r[#######                       ] 25 % Running  elapsed 0:01:00  ETA 0:03:00"), bar);
        assertTrue(!bar.contains("\n"), "redrawn in place: " + bar);
    }

    @Test
    void elsewhereOneLinePerChangeThenTheOutcome() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false);
        progress.show(restore(RestoreStatus.PENDING, 0, Optional.empty()), START);
        progress.show(restore(RestoreStatus.PENDING, 0, Optional.empty()), START.plusSeconds(1));
        progress.show(restore(RestoreStatus.PENDING, 0.5, Optional.of("991")), START.plusSeconds(2));
        Restore failed = new Restore("r1", "b1", "c1", "demo-basic", "sandbox-basic", RestoreStatus.FAILED,
                RestoreType.CLUSTER, 0.5, START, START, Optional.of(START.plusSeconds(200)), Optional.of("991"),
                Optional.of(new RestoreFailure(53100, "disk full on the destination")), List.of(), RestoreOptions.NONE);
        progress.outcome(failed, START.plusSeconds(300));
        assertEquals(List.of("Restore r1: Preparing, 0 % done.", "Restore r1: Running, 50 % done.",
                "Restore r1 of demo-basic's backup into sandbox-basic failed after 0:03:20 with error 53100: disk full "
                        + "on the destination."), text.toString().lines().toList());
    }

    private static Restore restore(RestoreStatus status, double completion, Optional<String> jobId) {
        return new Restore("r1", "b1", "c1", "demo-basic", "sandbox-basic", status, RestoreType.CLUSTER, completion,
                START, START, Optional.empty(), jobId, Optional.empty(), List.of(), RestoreOptions.NONE);
    }
}
