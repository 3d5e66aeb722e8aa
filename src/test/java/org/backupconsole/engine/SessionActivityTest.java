package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.backupconsole.activity.ActivityAction;
import org.backupconsole.activity.ActivityEntry;
import org.backupconsole.activity.ActivityOrigin;
import org.backupconsole.activity.JournaledBackupService;
import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.file.SimulationFileException;
import org.backupconsole.testing.Simulators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulated session's journal goes where the session goes: into its state file and back, strictly read. */
class SessionActivityTest {

    @TempDir
    Path folder;

    private final Simulation simulation = Simulators.scenario("demo");

    private List<ActivityEntry> dropADatabase() {
        JournaledBackupService service = new JournaledBackupService(simulation.serviceFor(simulation.desktopUser()),
                simulation::activity, () -> simulation.desktopUser().name(), ActivityEntry.SIMULATOR, ActivityOrigin.APP);
        Cluster basic = service.listClusters().stream().filter(c -> c.name().equals("demo-basic")).findFirst()
                .orElseThrow();
        service.deleteDatabase(basic.id(), "orders");
        return simulation.activity().entries();
    }

    @Test
    void aSavedSessionLoadsWithItsActivityAndSavesAgainByteForByte() throws IOException {
        List<ActivityEntry> entries = dropADatabase();
        assertEquals(ActivityAction.DATABASE_DROP, entries.get(0).action());
        Path file = folder.resolve("session.json");
        simulation.save(file);

        Simulation loaded = Simulation.load(file);
        assertEquals(entries, loaded.activity().entries());
        Path again = folder.resolve("again.json");
        loaded.save(again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
    }

    @Test
    void aSessionWithoutActivityWritesNoneSoOlderFilesStayAsTheyWere() throws IOException {
        Path file = folder.resolve("session.json");
        simulation.save(file);
        assertFalse(Files.readString(file).contains("\"activity\""));
        assertEquals(List.of(), Simulation.load(file).activity().entries());
    }

    @Test
    void aDamagedEntryInTheStateFileRefusesTheFileWithThePlaceAndTheReason() throws IOException {
        dropADatabase();
        Path file = folder.resolve("session.json");
        simulation.save(file);
        String text = Files.readString(file);
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, text.replace("\"outcome\" : \"SUCCEEDED\"", "\"outcome\" : \"MAYBE\""));

        SimulationFileException refused = assertThrows(SimulationFileException.class, () -> Simulation.load(broken));
        assertEquals("$.activity[0].outcome", refused.place());
        assertTrue(refused.reason().contains("MAYBE"), refused.reason());
    }
}
