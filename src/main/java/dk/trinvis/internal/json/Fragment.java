package dk.trinvis.internal.json;

/**
 * The JSON of one immutable value as {@link JsonBytes} wrote it (a string with its quotes, or a
 * whole object), kept with the very value it was written from, to be copied into later output as
 * it stands.
 *
 * @param key  the value written; compared by identity
 * @param json its JSON, UTF-8; never changed once made
 */
record Fragment(Object key, byte[] json) {
}
