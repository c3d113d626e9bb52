package dk.trinvis.internal.plan;

import dk.trinvis.model.Period;

/**
 * A period as the numbers of its days since the epoch, prepared at load: whether a decision's day
 * lies in it is then two comparisons of longs, not of dates field by field.
 *
 * @param from the first day that counts ({@link Long#MIN_VALUE} for since always)
 * @param to   the first day that no longer counts ({@link Long#MAX_VALUE} for until further notice)
 */
public record DayRange(long from, long to) {
    /** The period's days. */
    public static DayRange of(Period p) {
        return new DayRange(p.from() == null ? Long.MIN_VALUE : p.from().toEpochDay(),
                p.to() == null ? Long.MAX_VALUE : p.to().toEpochDay());
    }

    /** Whether the day (since the epoch) lies in the period, as {@link Period#covers} says. */
    public boolean covers(long day) {
        return day >= from && day < to;
    }
}
