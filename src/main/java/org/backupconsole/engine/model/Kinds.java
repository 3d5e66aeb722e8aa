package org.backupconsole.engine.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The kinds of something a file names, by name, in the order they were registered: commands, scenario steps,
 * drill checks. A refusal of an unknown name lists the names from here, so no list is kept by hand.
 */
public final class Kinds<T> {

    private final String what;
    private final Map<String, T> byName = new LinkedHashMap<>();

    private Kinds(String what, Function<T, String> name, List<T> kinds) {
        this.what = what;
        for (T kind : kinds) {
            if (byName.put(name.apply(kind), kind) != null) {
                throw new IllegalStateException("Two kinds of " + what + " are named " + name.apply(kind) + ".");
            }
        }
    }

    /** {@code what} names the thing in refusals: "unknown WHAT". */
    public static <T> Kinds<T> of(String what, Function<T, String> name, List<T> kinds) {
        return new Kinds<>(what, name, kinds);
    }

    public Optional<T> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every kind, in the order they were registered. */
    public List<T> all() {
        return List.copyOf(byName.values());
    }

    /** The reason a name is refused: {@code unknown check "x"; expected one of a, b, c.} */
    public String unknown(String name) {
        return "unknown " + what + " \"" + name + "\"; expected one of " + String.join(", ", byName.keySet()) + ".";
    }
}
