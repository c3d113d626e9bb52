package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.NullMarked;

/** What a help offer can do for a citizen; written in {@code can:} on a help offer. */
@NullMarked
public enum Capability {
    /** Guide the citizen through the self-service (medbetjening, courses, phone guidance). */
    GUIDE,
    /** Receive and process a non-digital request on the authority's behalf. */
    PROCESS,
    /** Issue an electronic ID (NemID/MitID). */
    ISSUE_EID,
    /** Register an exemption from Digital Post. */
    REGISTER_DIGITAL_POST_EXEMPTION;

    /** The YAML/JSON spelling, e.g. {@code issue-eid}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The enum constant for a YAML spelling the schema has already checked. */
    public static Capability of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
