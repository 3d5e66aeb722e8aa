package org.backupconsole.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.backupconsole.domain.Cluster;
import org.backupconsole.engine.model.FaultRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session saved by the engine before it was split into packages (commit a7766f8: the demo played with seed 7, then
 * each kind of command at least once, a restore under way and a slow network) loads into its history and saves again
 * byte for byte, so files already written keep working.
 */
class SavedStateCompatibilityTest {

    private static final String ADMIN_KEY = "admin-key-for-the-test";

    @Test
    void aSessionSavedBeforeTheSplitLoadsAndSavesAgainByteForByte(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("saved.json");
        try (InputStream in = getClass().getResourceAsStream("saved-before-the-split.json")) {
            Files.write(saved, in.readAllBytes());
        }
        Simulation loaded = Simulation.load(saved, Optional.of(ADMIN_KEY));
        Path again = dir.resolve("again.json");
        loaded.save(again);
        assertArrayEquals(Files.readAllBytes(saved), Files.readAllBytes(again));

        assertEquals(new NetworkConditions(Duration.ofMillis(250), 0.1), loaded.network());
        Cluster sandbox = loaded.clusters().stream().filter(c -> c.name().equals("sandbox-basic")).findFirst().orElseThrow();
        assertEquals(1, loaded.serviceFor(loaded.desktopUser()).listRestores(sandbox.id()).size(),
                "the restore started before the save is there");
        assertEquals(List.of("lost"), loaded.faultRules().stream().map(FaultRule::errorMessage).toList(),
                "the rule added before the save; the demo's are used up and another was removed");
    }
}
