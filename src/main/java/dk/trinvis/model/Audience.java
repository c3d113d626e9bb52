package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/**
 * Who answers a question, and who a request is made for. A citizen is asked only what a citizen
 * can know; staff at a desk or in a case system may be asked everything, including what only the
 * authority can assess (such as "klare fordele").
 */
@NullMarked
public enum Audience {
    /** The citizen, e.g. on a self-service portal. */
    CITIZEN,
    /** Staff helping the citizen, e.g. at borgerservice. */
    STAFF,
    /** The authority's own assessment, e.g. whether there are clear economic advantages. */
    AUTHORITY;

    /** The YAML/JSON spelling. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a request made for this audience may ask a fact that the other audience answers. */
    public boolean mayAsk(Audience answeredBy) {
        return this != CITIZEN || answeredBy == CITIZEN;
    }

    /** Parses the YAML/JSON spelling. */
    public static Optional<Audience> parse(String value) {
        for (Audience a : values()) {
            if (a.value().equalsIgnoreCase(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
