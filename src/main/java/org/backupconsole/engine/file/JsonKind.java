package org.backupconsole.engine.file;

import java.util.function.Function;

import org.backupconsole.engine.model.Kinds;

/** A kind of object a JSON file names in one of its fields (a scenario step's {@code do}, a check's {@code check}). */
public record JsonKind<T>(String name, Function<JsonIn, T> reader) {

    /** Reads an object as the kind its field {@code field} names, or refuses the name with the names there are. */
    public static <T> T read(Kinds<JsonKind<T>> kinds, String field, JsonIn in) {
        JsonIn name = in.field(field);
        return kinds.named(name.text()).orElseThrow(() -> name.invalid(kinds.unknown(name.text()))).reader().apply(in);
    }
}
