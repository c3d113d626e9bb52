package dk.trinvis.internal.cli;

import java.util.Locale;

/** How {@code interview} works: asking on the terminal, or printing where it stands as JSON for a script. */
enum InterviewFormat {
    /** One question at a time on the terminal, then the guide. */
    TEXT,
    /** The interview's state for the facts given, as JSON. */
    JSON;

    /** The name as typed on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
