package org.backupconsole.engine.model;

/**
 * A change made to the engine from outside. The engine logs every command that succeeds with the virtual time it
 * ran at; since the engine is deterministic, its seed and this log are its whole state. A new command is one type
 * (its {@link CommandKind}, how it applies, how it writes its fields) and one line in {@link CommandKinds}.
 */
public interface Command<T> {

    /** Checks the command in full, then applies it at the present: a refused command changes nothing. */
    T applyTo(EngineState state);

    /** Writes the command's own fields, in the order the saved log keeps them. */
    void writeTo(FieldWriter out);
}
