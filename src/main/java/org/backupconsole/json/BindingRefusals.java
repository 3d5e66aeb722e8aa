package org.backupconsole.json;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Jackson's binding failures in a person's words: the place from the exception's path, what the type there
 * needs from its target type, and what was found from the tree itself. Jackson's messages are never shown:
 * they name Java classes and parser settings.
 */
final class BindingRefusals {

    private BindingRefusals() {
    }

    static JsonRefusal of(JsonProcessingException e, JsonNode tree) {
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
        String found = JsonWords.found(at(tree, path));
        return new JsonRefusal(JsonPlace.of(path), "expected " + expected(e) + ", found " + found + ".");
    }

    private static String expected(JsonProcessingException e) {
        if (e instanceof UnexpectedValue unexpected) {
            return unexpected.expected();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return JsonWords.expected(mismatch.getTargetType());
        }
        if (e.getCause() instanceof InputCoercionException tooLarge && tooLarge.getTargetType() != null) {
            return JsonWords.expected(tooLarge.getTargetType()) + " from " + range(tooLarge.getTargetType());
        }
        return "a value of another kind";
    }

    private static String range(Class<?> wholeNumber) {
        return wholeNumber == int.class || wholeNumber == Integer.class
                ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                : Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    }

    private static JsonNode at(JsonNode tree, List<JsonMappingException.Reference> path) {
        JsonNode node = tree;
        for (JsonMappingException.Reference step : path) {
            if (node == null) {
                return null;
            }
            node = step.getFieldName() != null ? node.get(step.getFieldName()) : node.get(step.getIndex());
        }
        return node;
    }
}
