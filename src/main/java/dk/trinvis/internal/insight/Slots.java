package dk.trinvis.internal.insight;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Where an event's hour falls: its month, weekday and hour of the day in Copenhagen local time,
 * read from the text of the hour itself (an event writes local time with its offset).
 *
 * @param month   {@code yyyy-mm}
 * @param weekday 1 (Monday) to 7 (Sunday)
 * @param hour    0 to 23
 */
record Slots(String month, int weekday, int hour) {
    /** The slots of an hour written {@code yyyy-mm-ddThh:00+hh:mm}. */
    static Slots of(String hour) {
        LocalDate day = LocalDate.parse(hour.substring(0, 10));
        return new Slots(hour.substring(0, 7), day.getDayOfWeek().getValue(), Integer.parseInt(hour.substring(11, 13)));
    }

    /** Whether the date and hour are real (the shape is checked before). */
    static boolean valid(String hour) {
        try {
            LocalDate.parse(hour.substring(0, 10));
            return Integer.parseInt(hour.substring(11, 13)) < 24;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
