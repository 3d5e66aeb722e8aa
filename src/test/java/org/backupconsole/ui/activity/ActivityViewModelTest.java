package org.backupconsole.ui.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.backupconsole.activity.ActivityAction;
import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityOrigin;
import org.backupconsole.activity.ActivityOutcome;
import org.backupconsole.activity.FileJournal;
import org.backupconsole.activity.SessionJournal;
import org.backupconsole.backend.BackendKind;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Activity page's rows: newest first, one per change, narrowed by each filter and all of them together. */
class ActivityViewModelTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-20T10:00:00Z");

    private static ActivityEntry entry(int day, String cluster, ActivityAction action, String what,
                                       ActivityOutcome outcome, Optional<String> job) {
        return new ActivityEntry(DAY_ONE.plusSeconds(day * 86_400L), "Dana Whitfield", BackendKind.SIMULATOR,
                ActivityEntry.SIMULATOR, cluster + "-id", cluster, action, what, Map.of(), outcome, Optional.empty(),
                job, ActivityOrigin.APP);
    }

    private final SessionJournal journal = new SessionJournal(List.of(
            entry(0, "demo-basic", ActivityAction.DATABASE_DROP, "Drop database orders", ActivityOutcome.SUCCEEDED,
                    Optional.empty()),
            entry(1, "demo-basic", ActivityAction.RESTORE, "Restore the whole cluster", ActivityOutcome.REQUESTED,
                    Optional.of("r-1")),
            entry(2, "demo-standard", ActivityAction.SETTINGS_CHANGE, "Change backup settings: frequency 60 → 30 min",
                    ActivityOutcome.REFUSED, Optional.empty()),
            entry(3, "demo-basic", ActivityAction.RESTORE, "Restore r-1 failed", ActivityOutcome.FAILED,
                    Optional.of("r-1"))));
    private final ActivityViewModel viewModel = new ActivityViewModel(() -> journal, UiExecutors.direct(),
            ZoneOffset.UTC);

    private List<String> shown() {
        return viewModel.rows().stream().map(ActivityRow::what).toList();
    }

    @Test
    void rowsAreNewestFirstWithARestoresEndFoldedIn() {
        viewModel.refresh();
        assertEquals(List.of("Change backup settings: frequency 60 → 30 min", "Restore the whole cluster",
                "Drop database orders"), shown());
        assertEquals("Failed", viewModel.rows().get(1).outcome());
        assertEquals("3 of 3 entries", viewModel.countProperty().get());
        assertEquals(List.of(ActivityViewModel.ALL_CLUSTERS, "demo-basic", "demo-standard"), viewModel.clusterChoices());
    }

    @Test
    void eachFilterNarrowsTheRowsAndTheCountSaysOfHowMany() {
        viewModel.refresh();
        viewModel.checkedActions().setAll("Restore", "Database drop");
        assertEquals(List.of("Restore the whole cluster", "Drop database orders"), shown());
        viewModel.checkedOutcomes().setAll("Failed");
        assertEquals(List.of("Restore the whole cluster"), shown(), "the restore's latest outcome counts");
        assertEquals("1 of 3 entries", viewModel.countProperty().get());
        viewModel.clearFilters();

        viewModel.clusterProperty().set("demo-standard");
        assertEquals(List.of("Change backup settings: frequency 60 → 30 min"), shown());
        viewModel.clusterProperty().set(ActivityViewModel.ALL_CLUSTERS);

        viewModel.searchProperty().set("ORDERS drop");
        assertEquals(List.of("Drop database orders"), shown(), "every word, in any case");
        viewModel.searchProperty().set("");

        viewModel.fromProperty().set(LocalDate.of(2026, 11, 21));
        viewModel.toProperty().set(LocalDate.of(2026, 11, 21));
        assertEquals(List.of("Restore the whole cluster"), shown(), "the range takes whole days");
        viewModel.toProperty().set(LocalDate.of(2026, 11, 20));
        assertEquals(List.of(), shown());
        assertEquals("No entry matches the filters.", viewModel.placeholderProperty().get());
    }

    @Test
    void aNewEntryAppearsOnRefreshAndAFilteredClusterStaysChosen() {
        viewModel.refresh();
        viewModel.clusterProperty().set("demo-basic");
        journal.append(entry(4, "demo-basic", ActivityAction.DATABASE_DROP, "Drop database payments",
                ActivityOutcome.SUCCEEDED, Optional.empty()));
        viewModel.refresh();
        assertEquals("demo-basic", viewModel.clusterProperty().get());
        assertEquals(List.of("Drop database payments", "Restore the whole cluster", "Drop database orders"), shown());
    }

    @Test
    void anEmptyJournalSaysWhatWillAppearHere() {
        ActivityViewModel empty = new ActivityViewModel(() -> new SessionJournal(List.of()), UiExecutors.direct(),
                ZoneOffset.UTC);
        empty.refresh();
        assertEquals("0 of 0 entries", empty.countProperty().get());
        assertTrue(empty.placeholderProperty().get().startsWith("No changes yet. Every restore, backup settings change "
                + "and database drop"), empty.placeholderProperty().get());
    }

    @Test
    void damagedLinesAreSaidOnThePage(@TempDir Path folder) throws IOException {
        FileJournal file = new FileJournal(folder.resolve(FileJournal.FILE_NAME));
        file.append(journal.entries().get(0));
        Files.writeString(file.file(), "not json\n{}\n", StandardOpenOption.APPEND);
        ActivityViewModel onFile = new ActivityViewModel(() -> file, UiExecutors.direct(), ZoneOffset.UTC);
        onFile.refresh();
        assertEquals(1, onFile.rows().size());
        assertEquals("2 damaged lines in " + file.file() + " were skipped (line 2, 3); the other entries are shown. "
                + "The log names the reason for each.", onFile.damagedProperty().get());
    }

    @Test
    void anExportWritesWhatTheFiltersShowAndSaysHowMany(@TempDir Path folder) throws IOException {
        viewModel.refresh();
        viewModel.checkedActions().setAll("Database drop");
        Path json = folder.resolve("activity.json");
        viewModel.export(json, ActivityViewModel.ExportFormat.JSON);
        assertEquals("Wrote 1 entry to " + json + ".", viewModel.exportedProperty().get());
        JsonNode written = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, written.size());
        assertEquals("DATABASE_DROP", written.get(0).get("action").asText());

        Path nowhere = folder.resolve("no-such-folder").resolve("a.csv");
        viewModel.export(nowhere, ActivityViewModel.ExportFormat.CSV);
        assertTrue(viewModel.exportFailedProperty().get());
        assertEquals("Could not export to " + nowhere + ": its folder does not exist. Choose another.",
                viewModel.exportedProperty().get());
    }
}
