package org.backupconsole.json;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jackson's default ObjectMapper, shared (it is thread-safe once built) by the classes that write JSON trees, and
 * built on their first write rather than when they are loaded: they are loaded on the way to the window, where a
 * first ObjectMapper would take a quarter of a second.
 */
public final class DefaultMapper {

    private DefaultMapper() {
    }

    public static ObjectMapper get() {
        return Holder.MAPPER;
    }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
