package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.NullMarked;

/** How a help offer reaches the citizen. */
@NullMarked
public enum HelpType {
    /** A phone line. */
    PHONE,
    /** Online chat. */
    CHAT,
    /** At a desk, e.g. borgerservice. */
    IN_PERSON,
    /** At a library. */
    LIBRARY,
    /** Volunteers, e.g. Ældre Sagen. */
    VOLUNTEER,
    /** A mobile unit, e.g. a book bus. */
    MOBILE;

    /** The YAML/JSON spelling, e.g. {@code in-person}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
