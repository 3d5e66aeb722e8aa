package org.backupconsole.wire;

import java.util.Arrays;

import org.backupconsole.json.JsonRefusal;
import org.backupconsole.json.JsonWords;

/**
 * JSON that was read but does not say what the API requires: a missing field, an unknown value, a blank id.
 * The place is a path within the body or answer being mapped, such as {@code $.objects[0].database}.
 */
public final class WireFormatException extends JsonRefusal {

    private static final long serialVersionUID = 1L;

    public WireFormatException(String place, String reason) {
        super(place, reason);
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String place) {
        String expected = "one of " + Arrays.toString(type.getEnumConstants());
        if (value == null) {
            throw new WireFormatException(place, "expected " + expected + ", found nothing.");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException(place, "expected " + expected + ", found " + JsonWords.quoted(value) + ".");
        }
    }

    static <T> T required(T value, String place) {
        if (value == null) {
            throw new WireFormatException(place, "a required field is missing.");
        }
        return value;
    }

    /** A name or id a request gives must say something: an empty or blank one is refused, not taken as absent. */
    static String notBlank(String value, String place) {
        if (value != null && value.isBlank()) {
            throw new WireFormatException(place, "expected a name or id that is not blank, found "
                    + JsonWords.quoted(value) + ".");
        }
        return value;
    }
}
