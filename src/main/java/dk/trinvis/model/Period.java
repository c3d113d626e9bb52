package dk.trinvis.model;

import java.time.LocalDate;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A half-open period {@code [from, to)} of Copenhagen local days with its legal basis.
 *
 * @param from     first day that counts, or null for since always
 * @param to       first day that no longer counts, or null for until further notice
 * @param basis    the act or decision behind it, or null
 * @param location where it is written
 */
@NullMarked
public record Period(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Legal basis, Location location) {

    /** Whether the day lies in the period. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(Period other) {
        boolean thisEndsBefore = to != null && other.from != null && !to.isAfter(other.from);
        boolean otherEndsBefore = other.to != null && from != null && !other.to.isAfter(from);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
