package org.backupconsole.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.backupconsole.activity.ActivityAction;
import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityOrigin;
import org.backupconsole.activity.ActivityOutcome;
import org.backupconsole.activity.FileJournal;
import org.backupconsole.activity.JournaledBackupService;
import org.backupconsole.engine.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripting commands journal their changes: on the simulator in the {@code --state} session, on the Cloud API
 * in the user's journal file.
 */
class CommandLineActivityTest {

    @TempDir
    Path folder;

    @Test
    void restoreCreateOnAStateFileRecordsTheRestoreAndItsEndInTheSession() throws Exception {
        Path state = folder.resolve("session.json");
        CliProcess cli = new CliProcess(folder);
        CliProcess.Run restored = cli.run("restore", "create", "--cluster", "sandbox-basic", "--source", "demo-basic",
                "--latest", "--confirm", "sandbox-basic", "--wait", "--clock-speed", "600", "-o", "json", "--state",
                state.toString());
        assertEquals(0, restored.status(), restored.err());
        String id = restored.json().get("id").asText();
        cli.run("databases", "drop", "--cluster", "sandbox-basic", "nothing_here", "--confirm", "nothing_here",
                "--state", state.toString()).expect(4);

        List<ActivityEntry> rows = Simulation.load(state).activity().read().folded();
        assertEquals(2, rows.size(), rows.toString());
        ActivityEntry restore = rows.get(0);
        assertEquals(ActivityAction.RESTORE, restore.action());
        assertEquals(ActivityOutcome.SUCCEEDED, restore.outcome(), "--wait saw it end");
        assertEquals(Optional.of(id), restore.jobId());
        assertEquals("sandbox-basic", restore.clusterName());
        assertEquals("demo-basic", restore.details().get("source_cluster"));
        assertEquals("Dana Whitfield", restore.actor());
        assertEquals(ActivityOrigin.CLI, restore.origin());
        ActivityEntry drop = rows.get(1);
        assertEquals(ActivityOutcome.REFUSED, drop.outcome());
        assertTrue(drop.reason().orElseThrow().contains("nothing_here"), drop.reason().toString());

        List<String> csv = cli.run("activity", "list", "--state", state.toString(), "-o", "csv").expect(0).out()
                .lines().toList();
        assertEquals("at,actor,backend,where,cluster_id,cluster_name,action,what,details,outcome,reason,job_id,origin",
                csv.get(0));
        assertEquals(3, csv.size(), "a header and one row per change: " + csv);
        var restores = cli.run("activity", "list", "--state", state.toString(), "--action", "RESTORE",
                "--cluster", "sandbox-basic", "-o", "json").expect(0).json();
        assertEquals(1, restores.size());
        assertEquals("SUCCEEDED", restores.get(0).get("outcome").asText());
        assertEquals(id, restores.get(0).get("job_id").asText());
        assertEquals(0, cli.run("activity", "list", "--state", state.toString(), "--since", "2999-01-01", "-o", "json")
                .expect(0).json().size());
        cli.run("activity", "list", "--state", state.toString(), "--since", "yesterday").expect(2);
    }

    @Test
    void aChangeOnTheCloudApiGoesToTheJournalInTheUsersStateFolder() throws Exception {
        CliProcess cli = new CliProcess(folder);
        cli.run("databases", "drop", "--backend", "local", "--cluster", "demo-basic", "orders", "--confirm", "orders")
                .expect(0);

        Path journal = folder.resolve("backup-console").resolve("activity").resolve(FileJournal.FILE_NAME);
        List<ActivityEntry> entries = new FileJournal(journal).read().entries();
        assertEquals(1, entries.size());
        assertEquals(ActivityAction.DATABASE_DROP, entries.get(0).action());
        assertEquals(ActivityOutcome.SUCCEEDED, entries.get(0).outcome());
        assertEquals("demo-basic", entries.get(0).clusterName());
        assertEquals(JournaledBackupService.SERVICE_ACCOUNT_NOT_REPORTED, entries.get(0).actor());
        assertEquals("127.0.0.1", entries.get(0).where());

        var listed = cli.run("activity", "list", "--backend", "live", "-o", "json").expect(0).json();
        assertEquals(1, listed.size(), "read without a key or a connection");
        assertEquals("DATABASE_DROP", listed.get(0).get("action").asText());
    }
}
