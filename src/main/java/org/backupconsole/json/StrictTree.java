package org.backupconsole.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the tree of one JSON value from a parser standing on its first token, and refuses a key given twice in
 * one object with the place of the second. Jackson's own duplicate detection stops with a parse error that does
 * not say where in the value the key is, so the check is made here.
 */
final class StrictTree {

    /** Keeps a decimal as written, so that a refusal shows {@code 7.50} or {@code 1.0}, not another number. */
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private StrictTree() {
    }

    static JsonNode value(JsonParser parser, String place) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> object(parser, place);
            case START_ARRAY -> array(parser, place);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> decimal(parser, place);
            case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a JSON text parser never starts a value with " + token);
        };
    }

    private static ObjectNode object(JsonParser parser, String place) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String member = JsonPlace.field(place, name);
            if (object.has(name)) {
                throw new JsonRefusal(member, "the key " + JsonWords.quoted(name) + " is given twice; give it once.");
            }
            parser.nextToken();
            object.set(name, value(parser, member));
        }
        return object;
    }

    private static ArrayNode array(JsonParser parser, String place) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(parser, JsonPlace.index(place, array.size())));
        }
        return array;
    }

    private static JsonNode decimal(JsonParser parser, String place) throws IOException {
        try {
            return NODES.numberNode(parser.getDecimalValue());
        } catch (NumberFormatException e) {
            throw new JsonRefusal(place, "the number is too large to read.");
        }
    }
}
