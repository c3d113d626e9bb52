package dk.trinvis.internal.insight;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Where an event's hour falls: its month, weekday and hour of the day in Copenhagen local time
 * (an event writes Copenhagen local time with its offset; an hour written in UTC is moved there).
 *
 * @param month   {@code yyyy-mm}
 * @param weekday 1 (Monday) to 7 (Sunday)
 * @param hour    0 to 23
 */
record Slots(String month, int weekday, int hour) {
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** The slots of a date-time with offset, e.g. {@code 2024-03-05T19:00+01:00}. */
    static Slots of(String hour) {
        ZonedDateTime local = OffsetDateTime.parse(hour).atZoneSameInstant(COPENHAGEN);
        return new Slots(String.format(java.util.Locale.ROOT, "%04d-%02d", local.getYear(), local.getMonthValue()),
                local.getDayOfWeek().getValue(), local.getHour());
    }

    /** Whether the text is a real date-time (the shape is checked before). */
    static boolean valid(String hour) {
        try {
            OffsetDateTime.parse(hour);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
