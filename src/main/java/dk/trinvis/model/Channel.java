package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.NullMarked;

/** The channel the citizen should use. */
@NullMarked
public enum Channel {
    /** Digital self-service on their own. */
    SELF_SERVICE("self-service"),
    /** Digital self-service with help: medbetjening, hotline, library, volunteers. */
    ASSISTED("assisted"),
    /** A non-digital alternative. */
    ALTERNATIVE("alternative");

    private final String value;

    Channel(String value) {
        this.value = value;
    }

    /** The JSON/YAML spelling. */
    @JsonValue
    public String value() {
        return value;
    }
}
