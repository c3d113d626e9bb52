package dk.trinvis.model;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A request names something the rule set does not have, or gives a fact a value of the wrong type.
 * Besides the one-line message it carries which field was wrong, the value given and a suggestion,
 * so a service can answer with a structured error instead of parsing the message.
 */
@NullMarked
public final class RequestException extends TrinvisException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;
    private final @Nullable String value;
    private final @Nullable String suggestion;

    /** An exception with a one-line message, hint included, and nothing structured. */
    public RequestException(String message) {
        this(message, null, null, null);
    }

    /**
     * An exception with its message and its parts.
     *
     * @param message    the one-line message, hint included
     * @param field      what was wrong: {@code service}, {@code municipality}, {@code facts} (an unknown
     *                   fact name), {@code facts.<id>} (a fact's value) or {@code dontKnow} (a fact answered
     *                   "don't know"); null when not one field
     * @param value      the value given, as text; null when none
     * @param suggestion a close known name, or what the field accepts; null when nothing fits
     */
    public RequestException(String message, @Nullable String field, @Nullable String value,
                            @Nullable String suggestion) {
        super(message);
        this.field = field;
        this.value = value;
        this.suggestion = suggestion;
    }

    /**
     * A name the rule set does not know: "unknown service 'flyting' (did you mean 'flytning'?)".
     *
     * @param what       {@code service}, {@code municipality} or {@code fact}
     * @param value      the unknown name
     * @param suggestion the closest known name, or null
     */
    public static RequestException unknown(String what, String value, @Nullable String suggestion) {
        return new RequestException("unknown " + what + " '" + value + "'"
                + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                what.equals("fact") ? "facts" : what, value, suggestion);
    }

    /**
     * A fact given a value it cannot take: "fact 'age' cannot be 'old' (write a whole number)".
     *
     * @param fact     the fact's id
     * @param value    the value given
     * @param accepted what the fact takes, as a hint
     */
    public static RequestException badFact(String fact, Object value, String accepted) {
        return new RequestException("fact '" + fact + "' cannot be '" + value + "' (" + accepted + ")",
                "facts." + fact, String.valueOf(value), accepted);
    }

    /**
     * A fact given a value that other facts of the request contradict: "fact 'cannotGetMitID'
     * cannot be true: 'hasMitID' implies false".
     *
     * @param fact    the fact given
     * @param value   the value given
     * @param by      the facts the implication follows from, comma-separated
     * @param implied the value they imply
     */
    public static RequestException contradicted(String fact, Object value, String by, Object implied) {
        return new RequestException("fact '" + fact + "' cannot be '" + value + "': '" + by + "' implies '" + implied
                + "' (leave '" + fact + "' out, or change '" + by + "')", "facts." + fact, String.valueOf(value),
                String.valueOf(implied));
    }

    /**
     * A fact answered "don't know" that may not be, or that is also given a value.
     *
     * @param fact  the fact's id
     * @param given whether the request also gives it a value (else the rule set does not allow
     *              "don't know" for it)
     */
    public static RequestException dontKnow(String fact, boolean given) {
        return new RequestException(given
                ? "fact '" + fact + "' is both given and answered 'don't know' (send one of them)"
                : "fact '" + fact + "' cannot be answered 'don't know' (the rule set does not declare dontKnow: true"
                        + " for it; give a value)", "dontKnow", fact, null);
    }

    /** The request field that was wrong, or null when the problem is not one field. */
    public @Nullable String field() {
        return field;
    }

    /** The value given for that field, as text, or null. */
    public @Nullable String value() {
        return value;
    }

    /** A close known name, or what the field accepts; null when there is nothing to suggest. */
    public @Nullable String suggestion() {
        return suggestion;
    }
}
