package org.backupconsole.server;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of an OpenAPI 3.0 document: $ref, type, format (date-time, int32,
 * int64 as a string), enum, required, properties (no others unless additionalProperties) and items. It covers
 * what the Cloud API spec uses for the endpoints served here, and reports every violation with its JSON path.
 */
final class OpenApiSchemaValidator {

    private final JsonNode document;

    OpenApiSchemaValidator(JsonNode document) {
        this.document = document;
    }

    /** The schema of an operation's answer: the 200 body, or the error body ({@code default}) otherwise. */
    JsonNode responseSchema(String pathTemplate, String method, int status) {
        JsonNode responses = document.path("paths").path(pathTemplate).path(method.toLowerCase()).path("responses");
        JsonNode response = status == 200 ? responses.path("200") : responses.path("default");
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("the spec has no schema for " + method + " " + pathTemplate + " " + status);
        }
        return schema;
    }

    List<String> violations(JsonNode value, JsonNode schema) {
        List<String> found = new ArrayList<>();
        check(value, schema, "$", found);
        return found;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> found) {
        JsonNode resolved = resolve(schema);
        if (value.isNull()) {
            return; // the service sends null for absent objects such as pagination
        }
        String type = resolved.path("type").asText("");
        String format = resolved.path("format").asText("");
        switch (type) {
            case "object" -> checkObject(value, resolved, path, found);
            case "array" -> {
                if (!value.isArray()) {
                    found.add(path + " should be an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), resolved.path("items"), path + "[" + i + "]", found);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    found.add(path + " should be a string" + (format.isEmpty() ? "" : " (" + format + ")"));
                } else if (format.equals("date-time")) {
                    try {
                        OffsetDateTime.parse(value.asText());
                    } catch (DateTimeParseException e) {
                        found.add(path + " is not a date-time: " + value.asText());
                    }
                } else if (format.equals("int64") && !value.asText().matches("-?\\d+")) {
                    found.add(path + " is not an int64 string: " + value.asText());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber() || (format.equals("int32") && !value.canConvertToInt())) {
                    found.add(path + " should be an integer" + (format.isEmpty() ? "" : " (" + format + ")"));
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    found.add(path + " should be a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    found.add(path + " should be a boolean");
                }
            }
            default -> {
                // a schema without a type accepts any value
            }
        }
        JsonNode allowed = resolved.path("enum");
        if (allowed.isArray() && value.isTextual()) {
            boolean listed = false;
            for (JsonNode option : allowed) {
                listed |= option.asText().equals(value.asText());
            }
            if (!listed) {
                found.add(path + " has a value outside the enum: " + value.asText());
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String path, List<String> found) {
        if (!value.isObject()) {
            found.add(path + " should be an object");
            return;
        }
        for (JsonNode required : schema.path("required")) {
            // Cluster lists is_customer_cloud_account as required without declaring it; it is checked as present only.
            if (!value.has(required.asText())) {
                found.add(path + " lacks the required field " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (properties.has(name)) {
                check(value.get(name), properties.get(name), path + "." + name, found);
            } else if (additional.isObject()) {
                check(value.get(name), additional, path + "." + name, found);
            } else if (!isUndeclaredRequired(schema, name)) {
                found.add(path + " has a field the spec does not declare: " + name);
            }
        }
    }

    private static boolean isUndeclaredRequired(JsonNode schema, String name) {
        for (JsonNode required : schema.path("required")) {
            if (required.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String pointer = current.get("$ref").asText().substring(1);
            current = document.at(pointer);
        }
        return current;
    }
}
