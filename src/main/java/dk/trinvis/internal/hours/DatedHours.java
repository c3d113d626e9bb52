package dk.trinvis.internal.hours;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Opening hours valid in a half-open window of Copenhagen days.
 *
 * @param from  first day, or null for since always
 * @param to    first day no longer covered, or null for until further notice
 * @param hours the hours in the window, or null when they are not known
 */
public record DatedHours(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable OpeningHours hours) {
    /** The spec that says the hours of a period are not known (OpenStreetMap's {@code unknown}). */
    public static final String UNKNOWN = "unknown";

    /** Whether the hours of the window are known. */
    public boolean known() {
        return hours != null;
    }

    /** Whether the day lies in the window. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }
}
