package org.backupconsole.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Thrown by a deserializer of the app's own when a value has the wrong form, with what the value should have
 * been, so that the refusal can say so: "expected a whole number written as a string, such as "1024"".
 */
public final class UnexpectedValue extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    private final String expected;

    public UnexpectedValue(JsonParser parser, Class<?> type, String expected) {
        super(parser, "expected " + expected, type);
        this.expected = expected;
    }

    String expected() {
        return expected;
    }
}
