package org.backupconsole.engine.file;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.backupconsole.engine.model.Command;
import org.backupconsole.engine.model.CommandKind;
import org.backupconsole.engine.model.CommandKinds;
import org.backupconsole.engine.model.LoggedCommand;

/**
 * The JSON form of a logged command in a saved simulation, both ways: the time, the command's name ({@code op})
 * and the fields the command writes and reads itself, through {@link JsonFields}.
 */
final class CommandJson {

    private CommandJson() {
    }

    static ObjectNode write(LoggedCommand logged) {
        ObjectNode node = DomainJson.NODES.objectNode();
        node.put("at", logged.at().toString());
        Command<?> command = logged.command();
        node.put("op", CommandKinds.of(command).name());
        command.writeTo(new JsonFields.Writer(node));
        return node;
    }

    static LoggedCommand read(JsonIn in) {
        JsonIn op = in.field("op");
        CommandKind<?> kind = CommandKinds.ALL.named(op.text())
                .orElseThrow(() -> op.invalid(CommandKinds.ALL.unknown(op.text())));
        Command<?> command = kind.read(new JsonFields.Reader(in, "at", "op"));
        return new LoggedCommand(in.field("at").instant(), command);
    }
}
