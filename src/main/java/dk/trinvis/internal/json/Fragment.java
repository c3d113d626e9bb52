package dk.trinvis.internal.json;

import org.jspecify.annotations.Nullable;

/**
 * The JSON of one immutable value as {@link JsonBytes} wrote it (a string with its quotes, or a
 * whole object), kept with the very value it was written from, to be copied into later output as
 * it stands. Or the JSON of the fixed first part of a record made per request (a help offer at the
 * moment, a missing fact): kept under the first value it was written from, with the others in
 * {@link #from}, so it is used only for a record made of the very same values.
 *
 * @param key  the value written, or the first of those the part was written from; compared by identity
 * @param json its JSON, UTF-8; never changed once made
 * @param from the other values a part was written from, compared by identity; empty for a whole value
 */
record Fragment(Object key, byte[] json, @Nullable Object[] from) {
    private static final Object[] WHOLE = new Object[0];

    /** The JSON of this very value. */
    Fragment(Object key, byte[] json) {
        this(key, json, WHOLE);
    }

    /** Whether this is the part written from exactly these values after its key. */
    boolean madeFrom(Object a, @Nullable Object b, @Nullable Object c, @Nullable Object d) {
        return from.length == 4 && from[0] == a && from[1] == b && from[2] == c && from[3] == d;
    }
}
