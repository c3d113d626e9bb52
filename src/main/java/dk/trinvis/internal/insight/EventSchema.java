package dk.trinvis.internal.insight;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The published JSON Schema (draft 2020-12) of a decision event line, as {@code trinvis schema --events} prints it. */
public final class EventSchema {
    private EventSchema() {
    }

    /** The schema's text. */
    public static String json() {
        try (InputStream in = EventSchema.class.getResourceAsStream("decision-event.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("decision-event.schema.json is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
