package org.backupconsole.json;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Places in a JSON value written as paths: {@code $} is the whole value, then {@code .name} and {@code [index]}. */
public final class JsonPlace {

    public static final String ROOT = "$";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPlace() {
    }

    /** A member of an object; a name that is not a plain identifier is quoted, as in {@code $["a b"]}. */
    public static String field(String parent, String name) {
        return PLAIN_NAME.matcher(name).matches() ? parent + "." + name : parent + "[" + JsonWords.quoted(name) + "]";
    }

    public static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The place Jackson's binding reached, from the path of its exception. */
    static String of(List<JsonMappingException.Reference> path) {
        String place = ROOT;
        for (JsonMappingException.Reference step : path) {
            place = step.getFieldName() != null ? field(place, step.getFieldName()) : index(place, step.getIndex());
        }
        return place;
    }
}
