package org.backupconsole.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The one strict reading of JSON. Reading is two steps, each refusing with a {@link JsonRefusal}:
 * <ol>
 *   <li>{@link #tree} parses UTF-8 bytes into exactly one JSON value: standard syntax only (no comments, single
 *       quotes, leading zeros or NaN, which Jackson refuses by default), no key twice in an object, nothing after
 *       the value;</li>
 *   <li>{@link #value} binds that tree with a mapper built from {@link #mapperBuilder()}, which converts no scalar
 *       into another kind: no float into a whole number, no string into a number or boolean, no number into a
 *       string or boolean, no empty string into anything but a string, and no {@code null} inside a list.</li>
 * </ol>
 * Unknown fields are ignored, so that a newer peer does not break an older one; files that refuse them check
 * their fields themselves. A whole number too large for its field is refused with its range. The floats
 * {@code "NaN"} and {@code "Infinity"} keep Jackson's reading, as the API's JSON mapping (proto3) writes them as
 * strings; the fields that take a number check its range.
 */
public final class StrictJson {

    /** Jackson's defaults are the standard syntax; the tree is built by {@link StrictTree}. */
    private static final JsonFactory SYNTAX = JsonFactory.builder().build();

    private StrictJson() {
    }

    /** A mapper without scalar coercions; callers add their naming and types. */
    public static JsonMapper.Builder mapperBuilder() {
        JsonMapper.Builder builder = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.EmptyString,
                        CoercionAction.Fail));
        refuse(builder, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String,
                CoercionInputShape.Boolean);
        refuse(builder, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(builder, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.String);
        refuse(builder, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        return builder;
    }

    private static void refuse(JsonMapper.Builder builder, LogicalType target, CoercionInputShape... shapes) {
        builder.withCoercionConfig(target, config -> {
            for (CoercionInputShape shape : shapes) {
                config.setCoercion(shape, CoercionAction.Fail);
            }
        });
    }

    /** The one JSON value the bytes hold. */
    public static JsonNode tree(byte[] content) {
        String text = utf8(content);
        try (JsonParser parser = SYNTAX.createParser(text)) {
            return tree(parser);
        } catch (IOException e) {
            throw new IllegalStateException("a string in memory is always readable", e);
        }
    }

    /** The tree bound to a type; {@code null} is refused as the whole value. */
    public static <T> T value(ObjectMapper mapper, JsonNode tree, Class<T> type) {
        if (tree.isNull()) {
            throw new JsonRefusal(JsonPlace.ROOT, "expected " + JsonWords.expected(type) + ", found null.");
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw BindingRefusals.of(e, tree);
        }
    }

    private static JsonNode tree(JsonParser parser) throws IOException {
        try {
            if (parser.nextToken() == null) {
                throw new JsonRefusal("line 1, column 1", "there is no JSON value.");
            }
            JsonNode root = StrictTree.value(parser, JsonPlace.ROOT);
            refuseMore(parser);
            return root;
        } catch (JsonEOFException e) {
            throw new JsonRefusal(where(e.getLocation()), "the JSON ends before it is complete.");
        } catch (StreamConstraintsException e) {
            throw new JsonRefusal(where(parser.currentLocation()),
                    "the JSON is nested too deeply, or holds a value too long to read.");
        } catch (StreamReadException e) {
            throw new JsonRefusal(where(e.getLocation()), "this is not valid JSON.");
        }
    }

    private static void refuseMore(JsonParser parser) throws IOException {
        JsonLocation more;
        try {
            if (parser.nextToken() == null) {
                return;
            }
            more = parser.currentTokenLocation();
        } catch (StreamReadException e) {
            more = e.getLocation();
        }
        throw new JsonRefusal(where(more), "there is more after the end of the JSON value.");
    }

    private static String where(JsonLocation location) {
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The text, refusing bytes that are not UTF-8 (which JSON on the network must be) with their position. */
    private static String utf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new JsonRefusal("byte " + (in.position() + 1), "the text is not UTF-8.");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
