package org.backupconsole.wire;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import org.backupconsole.json.UnexpectedValue;

/**
 * Reads an int64 field, which the API sends as a JSON string of decimal ASCII digits ({@code "1024"}): a JSON
 * number, a fraction, a sign other than a leading minus, leading zeros or other digits (such as fullwidth ones)
 * are refused. Fields declare it with {@link Int64}.
 */
final class Int64Json extends JsonDeserializer<Long> {

    static final String EXPECTED = "a whole number written as a string of digits, such as \"1024\"";

    private static final Pattern DIGITS = Pattern.compile("0|-?[1-9][0-9]{0,18}");

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING && DIGITS.matcher(parser.getText()).matches()) {
            try {
                return Long.parseLong(parser.getText());
            } catch (NumberFormatException outOfRange) {
                // refused below
            }
        }
        throw new UnexpectedValue(parser, Long.class, EXPECTED);
    }
}
