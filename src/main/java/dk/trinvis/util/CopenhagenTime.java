package dk.trinvis.util;

import java.time.ZoneId;

/** Danish public time: every date and opening hour in a rule set is Copenhagen wall-clock time. */
public final class CopenhagenTime {
    /** Europe/Copenhagen, with its summer time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private CopenhagenTime() {
    }
}
