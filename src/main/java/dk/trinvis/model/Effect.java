package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.NullMarked;

/**
 * What a matched exemption ground gives the citizen, ranked from none to strongest:
 * none &lt; may-accept &lt; right-on-request &lt; must-offer.
 * As a decision's {@code alternative}, {@link #NONE} means no non-digital alternative applies.
 */
@NullMarked
public enum Effect {
    /** No alternative. */
    NONE("none"),
    /** The authority may accept another channel ("klare fordele"). */
    MAY_ACCEPT("may-accept"),
    /** The citizen has a right to the alternative when they ask (Digital Post exempt, from 1 June 2023). */
    RIGHT_ON_REQUEST("right-on-request"),
    /**
     * The authority must offer another channel ("særlige forhold"). Strongest: a duty the
     * authority had before 2023 is never weakened by the newer right on request.
     */
    MUST_OFFER("must-offer");

    private final String value;

    Effect(String value) {
        this.value = value;
    }

    /** The YAML/JSON spelling. */
    @JsonValue
    public String value() {
        return value;
    }

    /** Whether this effect outranks the other. */
    public boolean outranks(Effect other) {
        return ordinal() > other.ordinal();
    }
}
