package org.backupconsole.engine.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every kind of command the saved log may hold, by its name there. */
public final class CommandKinds {

    public static final Kinds<CommandKind<?>> ALL = Kinds.of("command", CommandKind::name, List.of(
            AddPrincipal.KIND,
            SetRoles.KIND,
            CreateCluster.KIND,
            DeleteCluster.KIND,
            ChangePlan.KIND,
            ReplaceCatalog.KIND,
            DeleteDatabase.KIND,
            UpdateSettings.KIND,
            StartRestore.KIND,
            AddFaultRule.KIND,
            RemoveFaultRule.KIND));

    private static final Map<Class<?>, CommandKind<?>> BY_TYPE = ALL.all().stream()
            .collect(Collectors.toMap(CommandKind::type, Function.identity()));

    private CommandKinds() {
    }

    /** The kind of a command, which every command has: one without a line above is a bug, and fails loudly. */
    public static CommandKind<?> of(Command<?> command) {
        CommandKind<?> kind = BY_TYPE.get(command.getClass());
        if (kind == null) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " is not registered in CommandKinds, "
                    + "so it cannot be saved.");
        }
        return kind;
    }
}
