package org.backupconsole.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.backupconsole.backend.TimeRange;
import org.backupconsole.domain.Cluster;
import org.backupconsole.domain.Plan;
import org.backupconsole.engine.DrillOutcome;
import org.backupconsole.engine.Scenario;
import org.backupconsole.engine.Simulation;
import org.backupconsole.engine.SimulationAccess;
import org.backupconsole.engine.VirtualClock;
import org.backupconsole.engine.file.SimulationFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 3 part 8: scenarios are data files, loadable from a user's file, and a bad one is refused with file, place and reason. */
class ScenarioTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String VALID = """
            {
              "scenario": 1, "name": "mine", "organization": "Example Co", "history": "P10D",
              "timeline": [
                {"at": "PT0S", "do": "createCluster", "name": "one", "plan": "STANDARD", "provider": "AWS",
                 "regions": ["us-east-1"], "catalog": {"databases": []}},
                {"at": "PT0S", "do": "addMember", "name": "Ann", "kind": "USER", "desktopUser": true,
                 "roles": [{"role": "ORG_ADMIN"}]},
                {"at": "PT0S", "do": "addMember", "name": "api", "kind": "SERVICE_ACCOUNT", "adminAccount": true,
                 "roles": [{"role": "ORG_ADMIN"}]},
                {"at": "P1D", "do": "updateSettings", "cluster": "one", "frequencyMinutes": 240}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aUsersScenarioFilePlaysToThePresent() throws Exception {
        Simulation simulation = Simulation.fromScenario(Scenario.load(write("mine.json", VALID)), 5, NOW,
                Optional.empty(), VirtualClock.paused(NOW));
        assertEquals("Example Co", simulation.organizationName());
        Cluster one = SimulationAccess.withEngine(simulation, e -> e.reads().clusters()).get(0);
        assertEquals(Plan.STANDARD, one.plan());
        assertEquals(240, SimulationAccess.withEngine(simulation, e -> e.reads().settings(one.id())).frequencyMinutes());
        assertTrue(SimulationAccess.withEngine(simulation, e -> e.reads().backups(one.id(), TimeRange.ALL)).size() > 40, "nine days of 4-hourly backups");
        assertEquals("Ann", simulation.desktopUser().name());
    }

    @Test
    void aMistakeIsRefusedWithTheFileThePlaceAndTheReason() throws Exception {
        SimulationFileException badPlan = refused(VALID.replace("\"STANDARD\"", "\"PLATINUM\""));
        assertEquals("$.timeline[0].plan", badPlan.place());
        assertTrue(badPlan.reason().contains("PLATINUM"), badPlan.reason());
        assertTrue(badPlan.getMessage().contains("bad.json"));

        SimulationFileException engineRefusal = refused(VALID.replace("\"frequencyMinutes\": 240", "\"frequencyMinutes\": 7"));
        assertEquals("$.timeline[3]", engineRefusal.place());
        assertTrue(engineRefusal.reason().contains("frequency_minutes must be one of"), engineRefusal.reason());

        SimulationFileException unknownCluster = refused(VALID.replace("\"cluster\": \"one\"", "\"cluster\": \"two\""));
        assertEquals("$.timeline[3].cluster", unknownCluster.place());

        SimulationFileException typo = refused(VALID.replace("\"regions\"", "\"region\""));
        assertEquals("$.timeline[0].region", typo.place());

        SimulationFileException badVersion = refused(VALID.replace("\"plan\": \"STANDARD\"",
                "\"plan\": \"STANDARD\", \"version\": \"latest\""));
        assertEquals("$.timeline[0].version", badVersion.place());
        assertEquals("'latest' is not a CockroachDB version; write it as v25.2.", badVersion.reason());

        SimulationFileException broken = refused(VALID.substring(0, 120));
        assertTrue(broken.place().startsWith("line "), broken.place());
    }

    @Test
    void theBuiltInScenariosPlayAndEveryTrainingScenarioSetsADrill() throws Exception {
        for (String name : Scenario.BUILT_IN) {
            Scenario scenario = Scenario.builtIn(name);
            Simulation simulation = Simulation.fromScenario(scenario, 1, NOW, Optional.empty(), VirtualClock.paused(NOW));
            boolean plain = name.equals("demo") || name.equals("empty") || name.equals("large-cluster");
            assertEquals(plain, scenario.drill().isEmpty(), name);
            scenario.drill().ifPresent(drill -> assertTrue(simulation.judge(drill, NOW).stream()
                    .anyMatch(outcome -> outcome.state() == DrillOutcome.State.PENDING), name + " does not start solved"));
        }
        assertEquals(DemoOrganization.NAME, Simulation.demo(1, NOW, Optional.empty(), VirtualClock.paused(NOW)).organizationName());
    }

    @Test
    void theLargeClusterHoldsAYearOfBackupsEveryFiveMinutesBesideOneOf30() throws Exception {
        Simulation simulation = Simulation.fromScenario(Scenario.builtIn("large-cluster"), 1, NOW, Optional.empty(),
                VirtualClock.paused(NOW));
        var clusters = simulation.serviceFor(simulation.desktopUser()).listClusters();
        Map<String, Integer> backups = clusters.stream()
                .collect(Collectors.toMap(Cluster::name, c -> simulation.backups(c.id()).size()));
        assertTrue(backups.get("telemetry-events") > 100_000, backups.toString());
        assertEquals(30, backups.get("telemetry-small"), backups.toString());
    }

    @Test
    void aBadDrillOrNetworkIsRefusedWithItsPlace() throws Exception {
        String withDrill = VALID.replace("\"timeline\"", """
                "drill": {"title": "t", "goal": "g", "steps": ["s"],
                          "checks": [{"check": "restoreWorked", "says": "x"}]},
                "timeline\"""");
        SimulationFileException unknownCheck = refused(withDrill);
        assertEquals("$.drill.checks[0].check", unknownCheck.place());
        assertTrue(unknownCheck.reason().contains("dataAsBackedUp"), unknownCheck.reason());

        SimulationFileException badRate = refused(VALID.replace("\"timeline\"",
                "\"network\": {\"latencyMillis\": 100, \"errorRate\": 1.5}, \"timeline\""));
        assertEquals("$.network", badRate.place());
        assertTrue(badRate.reason().contains("error rate"), badRate.reason());
    }

    @Test
    void aScenarioFileIsReadStrictlyAndEveryRefusalIsASentence() throws Exception {
        SimulationFileException twice = refused(VALID.replace("\"plan\": \"STANDARD\",",
                "\"plan\": \"BASIC\", \"plan\": \"STANDARD\","));
        assertEquals("$.timeline[0].plan", twice.place());
        assertEquals("the key \"plan\" is given twice; give it once.", twice.reason());
        assertTrue(twice.getMessage().startsWith(dir.resolve("bad.json") + ", at $.timeline[0].plan: "), twice.getMessage());

        SimulationFileException trailing = refused(VALID + "\n]");
        assertEquals("line 14, column 1", trailing.place());
        assertEquals("there is more after the end of the JSON value.", trailing.reason());

        assertEquals("expected a whole number, found 240.0.",
                refused(VALID.replace("\"frequencyMinutes\": 240", "\"frequencyMinutes\": 240.0")).reason());
        assertEquals("expected true or false, found \"true\".",
                refused(VALID.replace("\"desktopUser\": true", "\"desktopUser\": \"true\"")).reason());
        SimulationFileException nullDatabase = refused(VALID.replace("\"databases\": []", "\"databases\": [null]"));
        assertEquals("$.timeline[0].catalog.databases[0]", nullDatabase.place());
        assertEquals("expected an object, found null.", nullDatabase.reason());
        SimulationFileException nullRegion = refused(VALID.replace("[\"us-east-1\"]", "[\"us-east-1\", null]"));
        assertEquals("$.timeline[0].regions[1]", nullRegion.place());
        SimulationFileException endless = refused(VALID.replace("\"P10D\"", "\"P1000000000000D\""));
        assertEquals("$.history", endless.place());
        assertEquals("expected an ISO-8601 duration from PT0S to P366D, such as PT30M, PT24H or P7D, found "
                + "\"P1000000000000D\".", endless.reason());
        SimulationFileException controlName = refused(VALID.replace("\"name\": \"one\"", "\"name\": \"o\\u0000ne\""));
        assertEquals("$.timeline[0].name", controlName.place());

        for (SimulationFileException refusal : List.of(twice, trailing, nullDatabase, nullRegion, endless, controlName,
                refused(VALID.substring(0, 120)), refused(""), refused(VALID.replace("\"STANDARD\"", "\"PLATINUM\"")),
                refused(VALID.replace("\"regions\"", "\"region\"")))) {
            assertTrue(refusal.reason().endsWith("."), refusal.getMessage());
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private SimulationFileException refused(String content) throws Exception {
        Path file = write("bad.json", content);
        return assertThrows(SimulationFileException.class, () -> Simulation.fromScenario(Scenario.load(file), 5, NOW,
                Optional.empty(), VirtualClock.paused(NOW)));
    }
}
