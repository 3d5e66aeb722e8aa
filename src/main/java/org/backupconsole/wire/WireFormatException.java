package org.backupconsole.wire;

import java.util.Arrays;

/** A JSON body that parsed but does not say what the API requires: a missing field or an unknown value. */
public final class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        if (value == null) {
            throw new WireFormatException(field + " is required");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(field + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was '" + value + "'");
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new WireFormatException(field + " is required");
        }
        return value;
    }
}
