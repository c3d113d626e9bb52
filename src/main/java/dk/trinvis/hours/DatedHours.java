package dk.trinvis.hours;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Opening hours valid in a half-open window of Copenhagen days.
 *
 * @param from  first day, or null for since always
 * @param to    first day no longer covered, or null for until further notice
 * @param hours the hours in the window
 */
public record DatedHours(LocalDate from, LocalDate to, OpeningHours hours) {
    /** Validates the hours are present. */
    public DatedHours {
        Objects.requireNonNull(hours, "hours");
    }

    /** Whether the day lies in the window. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }
}
