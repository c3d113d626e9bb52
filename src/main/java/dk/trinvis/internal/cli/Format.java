package dk.trinvis.internal.cli;

import java.util.Locale;

/** How {@code check}, {@code decide} and {@code diff} print: for a person, or as JSON for a tool. */
enum Format {
    /** Lines a person reads in a terminal. */
    TEXT,
    /** Pretty JSON, written by the shared {@link dk.trinvis.internal.util.Json}. */
    JSON;

    /** The name as typed on the command line; picocli lists these in help and errors. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
