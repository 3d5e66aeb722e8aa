package org.backupconsole.json;

import java.util.Collection;

import com.fasterxml.jackson.databind.JsonNode;

/** How refusals speak of values: what was expected and what was found, in a person's words. */
public final class JsonWords {

    /** Longer strings are cut in a message, so that a huge value does not fill it. */
    private static final int SHOWN_CHARACTERS = 60;

    private JsonWords() {
    }

    /** A value as a refusal shows it: {@code 7.5}, {@code "true"}, {@code null}, {@code an object}. */
    public static String found(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return quoted(node.textValue());
        }
        return node.asText();
    }

    /** A string a refusal shows, or {@code nothing} when there was none. */
    public static String found(String text) {
        return text == null ? "nothing" : quoted(text);
    }

    /** A string in double quotes, with quotes, backslashes and control characters escaped, and cut when long. */
    public static String quoted(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().limit(SHOWN_CHARACTERS).forEach(c -> {
            if (c == '"' || c == '\\') {
                shown.append('\\').appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        if (text.codePointCount(0, text.length()) > SHOWN_CHARACTERS) {
            shown.append('…');
        }
        return shown.append('"').toString();
    }

    /** What a value bound to this Java type must be. */
    static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
