package dk.trinvis.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.jspecify.annotations.NullMarked;

/** What came of one rule in a decision: the {@code outcome} of a trace entry or considered ground. */
@NullMarked
public enum Outcome {
    /** A period, policy, outage or assist rule holds at the moment. */
    APPLIES,
    /** A rule that does not hold at the moment or for this citizen. */
    NOT_APPLICABLE,
    /** A mandatory period that starts later. */
    NOT_YET,
    /** A mandatory period that has ended. */
    ENDED,
    /** No rule makes digital self-service mandatory. */
    OPTIONAL,
    /** An exemption ground that holds for the citizen. */
    MATCHED,
    /** An exemption ground that does not hold for the citizen. */
    NOT_MATCHED,
    /** A rule that cannot be decided without facts the request does not give. */
    UNKNOWN,
    /** A ground, or help offer, that is not in force at the moment. */
    NOT_IN_FORCE,
    /** A ground that does not apply to the service's area. */
    AREA_EXCLUDED,
    /** A help offer open now by its hours. */
    OPEN,
    /** A help offer closed now by its hours. */
    CLOSED,
    /** A help offer whose hours are not known. */
    HOURS_UNKNOWN,
    /** A help offer taken down by an outage. */
    DOWN,
    /** A help offer that does not open again within a year. */
    CLOSED_FOR_GOOD,
    /** A fact not given that other facts imply: the trace names the facts it follows from. */
    IMPLIED;

    /** The JSON spelling, e.g. {@code not-matched}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return value();
    }

    /** Whether the rule took effect: it applies, or the ground matched. */
    public boolean tookEffect() {
        return this == APPLIES || this == MATCHED;
    }
}
