package org.backupconsole.engine.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.backupconsole.domain.BackupSettingsUpdate;
import org.backupconsole.domain.Catalog;
import org.backupconsole.domain.CloudProvider;
import org.backupconsole.domain.CockroachVersion;
import org.backupconsole.domain.Plan;
import org.backupconsole.domain.RestoreRequest;
import org.backupconsole.domain.Role;
import org.backupconsole.domain.RoleBinding;
import org.backupconsole.engine.model.AddFaultRule;
import org.backupconsole.engine.model.AddPrincipal;
import org.backupconsole.engine.model.ChangePlan;
import org.backupconsole.engine.model.Command;
import org.backupconsole.engine.model.CommandKind;
import org.backupconsole.engine.model.CommandKinds;
import org.backupconsole.engine.model.CreateCluster;
import org.backupconsole.engine.model.DeleteCluster;
import org.backupconsole.engine.model.DeleteDatabase;
import org.backupconsole.engine.model.FaultRule;
import org.backupconsole.engine.model.LoggedCommand;
import org.backupconsole.engine.model.RemoveFaultRule;
import org.backupconsole.engine.model.ReplaceCatalog;
import org.backupconsole.engine.model.SetRoles;
import org.backupconsole.engine.model.StartRestore;
import org.backupconsole.engine.model.UpdateSettings;
import org.backupconsole.json.JsonRefusal;
import org.junit.jupiter.api.Test;

/** Every registered command is saved and read back as itself, and an unknown one is refused with the names there are. */
class CommandJsonTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final Catalog CATALOG = new Catalog(List.of(new Catalog.Database("orders",
            List.of(new Catalog.Schema("public", List.of(new Catalog.Table("items", 1024)))))));

    private static final List<Command<?>> ONE_OF_EACH = List.of(
            AddPrincipal.user("Dana", List.of(RoleBinding.organization(Role.ORG_ADMIN))),
            AddPrincipal.serviceAccount("ops", Optional.of("CCDB1_key"), List.of()),
            new SetRoles("p1", List.of(new RoleBinding(Role.CLUSTER_ADMIN, Optional.of("c1")))),
            new CreateCluster("orders", Plan.ADVANCED, CloudProvider.AWS, List.of("us-east-1", "eu-west-1"), CATALOG,
                    CockroachVersion.parse("v24.3")),
            new DeleteCluster("c1"),
            new ChangePlan("c1", Plan.STANDARD),
            new ReplaceCatalog("c1", CATALOG),
            new DeleteDatabase("p1", "c1", "orders"),
            new UpdateSettings("p1", "c1", new BackupSettingsUpdate(Optional.of(true), Optional.of(15), Optional.empty())),
            new StartRestore("p1", RestoreRequest.cluster("c2", "c1", "b1")),
            new AddFaultRule(new FaultRule("", FaultRule.Target.RESTORE, Optional.of("c1"), Optional.of(2), 0.5, 13, "lost")),
            new RemoveFaultRule("r1"));

    @Test
    void everyKindOfCommandIsWrittenAndReadBackAsItself() {
        Set<String> sampled = ONE_OF_EACH.stream().map(command -> CommandKinds.of(command).name()).collect(Collectors.toSet());
        assertEquals(CommandKinds.ALL.all().stream().map(CommandKind::name).collect(Collectors.toSet()), sampled,
                "a sample of every registered command");
        for (Command<?> command : ONE_OF_EACH) {
            LoggedCommand logged = new LoggedCommand(AT, command);
            assertEquals(logged, CommandJson.read(JsonIn.root(CommandJson.write(logged))), command.toString());
        }
    }

    @Test
    void anUnknownCommandIsRefusedWithTheNamesOfTheRegisteredOnes() throws Exception {
        byte[] text = "{\"at\": \"2026-03-01T12:00:00Z\", \"op\": \"explode\"}".getBytes(StandardCharsets.UTF_8);
        JsonRefusal refused = assertThrows(JsonRefusal.class, () -> CommandJson.read(JsonIn.root(JsonFiles.parse("f", text))));
        assertEquals("$.op", refused.place());
        assertEquals("unknown command \"explode\"; expected one of addPrincipal, setRoles, createCluster, deleteCluster, "
                + "changePlan, replaceCatalog, deleteDatabase, updateSettings, startRestore, addFaultRule, removeFaultRule.",
                refused.reason());
    }
}
