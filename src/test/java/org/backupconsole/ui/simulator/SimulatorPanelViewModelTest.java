package org.backupconsole.ui.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationSession;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.testing.Simulators;
import org.backupconsole.ui.common.UiExecutors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Simulator page's logic: clock controls, fault toggles and the session file. */
class SimulatorPanelViewModelTest {

    private final Simulation simulation = Simulators.scenario("demo");
    private final SimulationSession session = new SimulationSession(simulation);
    private final AtomicInteger refreshes = new AtomicInteger();
    private final SimulatorPanelViewModel panel = new SimulatorPanelViewModel(session, UiExecutors.direct(),
            ZoneId.of("UTC"), refreshes::incrementAndGet);
    private final ClockViewModel clock = panel.clock();

    @TempDir
    Path dir;

    @Test
    void advancingMovesTheVirtualTimeAndRefreshesThePages() {
        assertEquals("Nov 23, 2026, 3:30:00 PM UTC", clock.nowProperty().get());
        assertTrue(clock.pausedProperty().get());

        clock.advanceHourCommand().execute();
        clock.advanceDayCommand().execute();
        clock.advanceWeekCommand().execute();

        assertEquals(Simulators.NOW.plus(Duration.ofHours(1 + 24 + 7 * 24)), simulation.clock().now());
        assertEquals("Dec 1, 2026, 4:30:00 PM UTC", clock.nowProperty().get());
        assertEquals("", clock.nowUtcProperty().get(), "in UTC, the local time is not repeated");
        assertEquals(3, refreshes.get());
    }

    @Test
    void resumingAndChoosingASpeedDriveTheClock() {
        clock.pauseOrResumeCommand().execute();
        assertFalse(simulation.clock().isPaused());
        assertFalse(clock.pausedProperty().get());

        clock.speedProperty().set(ClockSpeed.DAY_PER_SECOND);
        assertEquals(86_400, simulation.clock().speed());
        clock.pauseOrResumeCommand().execute();
        assertTrue(simulation.clock().isPaused());
    }

    @Test
    void jumpingGoesToTheChosenDateAndTime() {
        clock.jumpDateProperty().set(LocalDate.of(2026, 12, 24));
        clock.jumpTimeProperty().set("18:45");
        clock.jumpCommand().execute();

        assertEquals("2026-12-24T18:45:00Z", simulation.clock().now().toString());
        assertEquals("", clock.errorProperty().get());
        assertEquals(1, refreshes.get());
    }

    @Test
    void jumpingBackOrToANonsenseTimeIsRefusedAndChangesNothing() {
        clock.jumpDateProperty().set(LocalDate.of(2026, 11, 1));
        clock.jumpCommand().execute();
        assertTrue(clock.errorProperty().get().startsWith("The clock cannot go back: choose a time after"),
                clock.errorProperty().get());

        clock.jumpDateProperty().set(LocalDate.of(2026, 12, 1));
        clock.jumpTimeProperty().set("half past six");
        clock.jumpCommand().execute();
        assertEquals("\"half past six\" is not a time of day; write it as HH:mm, such as 14:30.", clock.errorProperty().get());

        assertEquals(Simulators.NOW, simulation.clock().now());
        assertEquals(0, refreshes.get());
    }

    @Test
    void theJumpTimeSaysWhatIsWrongBeforeTheJumpIsTried() {
        assertEquals("", clock.jumpTimeProblemProperty().get(), "nothing to say before a date is chosen");
        clock.jumpDateProperty().set(LocalDate.of(2026, 12, 24));
        assertEquals("", clock.jumpTimeProblemProperty().get());

        clock.jumpTimeProperty().set("25:99");
        assertEquals("\"25:99\" is not a time of day; write it as HH:mm, such as 14:30.", clock.jumpTimeProblemProperty().get());
        clock.jumpDateProperty().set(LocalDate.of(2026, 11, 23));
        clock.jumpTimeProperty().set("09:00");
        assertTrue(clock.jumpTimeProblemProperty().get().startsWith("The clock cannot go back"),
                clock.jumpTimeProblemProperty().get());

        clock.jumpTimeProperty().set("16:00");
        assertEquals("", clock.jumpTimeProblemProperty().get());
        clock.advanceHourCommand().execute();
        assertTrue(clock.jumpTimeProblemProperty().get().startsWith("The clock cannot go back"),
                "16:00 has passed once the clock reads 16:30");
    }

    @Test
    void failingTogglesAddAndRemoveAFaultRuleForEveryCluster() {
        FaultTogglesViewModel faults = panel.faults();
        int before = simulation.faultRules().size();

        faults.failingRestoresProperty().set(true);
        FaultRule added = simulation.faultRules().get(before);
        assertEquals(FaultRule.Target.RESTORE, added.target());
        assertTrue(added.clusterId().isEmpty() && added.times().isEmpty());

        faults.failingRestoresProperty().set(false);
        assertEquals(before, simulation.faultRules().size());
    }

    @Test
    void networkTogglesSetTheLatencyAndTheShareOfLostCalls() {
        FaultTogglesViewModel faults = panel.faults();
        faults.latencyMillisProperty().set(1200);
        faults.slowNetworkProperty().set(true);
        faults.errorPercentProperty().set(25);
        faults.lossyNetworkProperty().set(true);

        assertEquals(Duration.ofMillis(1200), simulation.network().latency());
        assertEquals(0.25, simulation.network().errorRate());

        faults.slowNetworkProperty().set(false);
        faults.lossyNetworkProperty().set(false);
        assertTrue(simulation.network().isReliable());
    }

    @Test
    void aSavedSessionLoadsBackAndABadFileChangesNothing() throws Exception {
        SessionFileViewModel file = panel.sessionFile();
        clock.advanceDayCommand().execute();
        file.fileProperty().set(dir.resolve("session.json"));
        file.saveCommand().execute();
        assertEquals("Saved the session to session.json.", file.messageProperty().get());

        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": 1, \"seed\": ");
        file.fileProperty().set(broken);
        file.loadCommand().execute();
        assertTrue(file.errorProperty().get().startsWith("Cannot load " + broken + ", at line 1"), file.errorProperty().get());
        assertTrue(file.errorProperty().get().endsWith("ends before it is complete. Nothing was changed; correct the file "
                + "or choose another."), file.errorProperty().get());
        assertEquals(simulation, session.current());

        file.fileProperty().set(dir.resolve("session.json"));
        file.loadCommand().execute();
        assertFalse(simulation == session.current(), "the loaded session replaced the simulation");
        assertEquals(Simulators.NOW.plus(Duration.ofDays(1)), session.current().clock().now());
        assertEquals("", file.errorProperty().get());
    }
}
