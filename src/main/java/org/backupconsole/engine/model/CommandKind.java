package org.backupconsole.engine.model;

import java.util.function.Function;

/** A kind of command: its type, its name in the saved log, and how it is read back from its fields. */
public record CommandKind<C extends Command<?>>(Class<C> type, String name, Function<FieldReader, C> reader) {

    public C read(FieldReader fields) {
        return reader.apply(fields);
    }
}
