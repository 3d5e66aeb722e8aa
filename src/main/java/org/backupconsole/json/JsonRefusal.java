package org.backupconsole.json;

/**
 * JSON that cannot be used: where it is wrong and why. The place is a path such as {@code $.objects[0].database}
 * or, for JSON that does not parse, a line and column; the reason is a sentence that ends with a full stop.
 */
public class JsonRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String place;
    private final String reason;

    public JsonRefusal(String place, String reason) {
        super("at " + place + ": " + reason);
        this.place = place;
        this.reason = reason;
    }

    public String place() {
        return place;
    }

    public String reason() {
        return reason;
    }

    /** The refusal said of what was read: "The request body, at $.type: expected a string, found 5.". */
    public String describe(String source) {
        return source + ", " + getMessage();
    }
}
