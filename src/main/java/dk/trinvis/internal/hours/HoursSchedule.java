package dk.trinvis.internal.hours;

import dk.trinvis.internal.util.CopenhagenTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A help offer's opening hours over time: each {@link DatedHours} applies on its days. On days
 * none covers, covered by hours marked unknown, or that the hours do not know (a public holiday
 * they do not name: {@link OpeningHours#knows}), the hours are unknown — never "closed" and never
 * "open". A span past midnight belongs to the day it starts on; after a day of unknown hours
 * nothing spills into the next morning.
 * Computes in Copenhagen wall-clock time, so the DST nights come out right. Immutable.
 */
public final class HoursSchedule {
    /** How far ahead {@link #nextOpening} and {@link #nextClosing} look. */
    public static final int HORIZON_DAYS = 366;

    private final List<DatedHours> periods;

    private HoursSchedule(List<DatedHours> periods) {
        this.periods = List.copyOf(periods);
    }

    /** A schedule of non-overlapping dated hours. */
    public static HoursSchedule of(List<DatedHours> periods) {
        return new HoursSchedule(periods);
    }

    /** The dated hours. */
    public List<DatedHours> periods() {
        return periods;
    }

    /** Whether it is open at the instant; false also when the hours there are unknown. */
    public boolean isOpen(Instant instant) {
        return status(instant) == Status.OPEN;
    }

    /** Open, closed, or unknown at the instant. */
    public Status status(Instant instant) {
        return status(CopenhagenTime.at(instant));
    }

    /** Open, closed, or unknown at the Copenhagen moment (with its offset, as a decision has it). */
    public Status status(OffsetDateTime at) {
        LocalDateTime local = at.toLocalDateTime();
        int minute = local.getHour() * 60 + local.getMinute();
        int[] spans = day(local.toLocalDate());
        if (spans == null) {
            return Status.UNKNOWN;
        }
        for (int i = 0; i < spans.length; i += 2) {
            if (minute >= spans[i] && minute < spans[i + 1]) {
                return Status.OPEN;
            }
        }
        return Status.CLOSED;
    }

    /** Whether the hours of the day are known. */
    public boolean knows(LocalDate date) {
        OpeningHours hours = hoursOn(date);
        return hours != null && hours.knows(date);
    }

    /**
     * Whether the hours of every day from the date to the horizon are known; false as soon as a
     * period's hours may leave some day unknown (an unnamed public holiday).
     */
    public boolean knownAhead(LocalDate from) {
        LocalDate last = from.plusDays(HORIZON_DAYS);
        // Period by period, not day by day: the periods do not overlap.
        for (LocalDate day = from; !day.isAfter(last); ) {
            DatedHours p = covering(day);
            OpeningHours hours = p == null ? null : p.hours();
            if (p == null || hours == null || hours.hasUnknownDays()) {
                return false;
            }
            if (p.to() == null) {
                return true;
            }
            day = p.to();
        }
        return true;
    }

    /** The opening_hours text in force on the day, or null when the hours that day are unknown. */
    public @Nullable String specOn(LocalDate date) {
        OpeningHours hours = hoursOn(date);
        return hours == null || !hours.knows(date) ? null : hours.spec();
    }

    /** Whether an offer is open at a moment, as far as its hours tell. */
    public enum Status {
        /** Open by its hours. */
        OPEN,
        /** Closed by its hours. */
        CLOSED,
        /** Its hours do not say: not known, or no period covers the day. */
        UNKNOWN
    }

    /** The first moment after the instant at which it opens, within a year; empty if unknown before then. */
    public Optional<ZonedDateTime> nextOpening(Instant after) {
        return Optional.ofNullable(next(CopenhagenTime.at(after), true)).map(t -> t.atZoneSameInstant(CopenhagenTime.ZONE));
    }

    /** The first moment after the instant at which it closes, within a year; empty if unknown before then. */
    public Optional<ZonedDateTime> nextClosing(Instant after) {
        return Optional.ofNullable(next(CopenhagenTime.at(after), false)).map(t -> t.atZoneSameInstant(CopenhagenTime.ZONE));
    }

    /** As {@link #nextOpening(Instant)} from a Copenhagen moment; null if unknown before the horizon. */
    public @Nullable OffsetDateTime nextOpening(OffsetDateTime after) {
        return next(after, true);
    }

    /** As {@link #nextClosing(Instant)} from a Copenhagen moment; null if unknown before the horizon. */
    public @Nullable OffsetDateTime nextClosing(OffsetDateTime after) {
        return next(after, false);
    }

    private @Nullable OffsetDateTime next(OffsetDateTime after, boolean opening) {
        LocalDateTime now = after.toLocalDateTime();
        LocalDate start = now.toLocalDate();
        // Spans that end (or start) an hour or more before the moment on its own day cannot come
        // after it, whatever the clocks do that night; the rest are converted to be sure.
        int surelyPast = now.getHour() * 60 + now.getMinute() - 60;
        int[] previous = known(day(start.minusDays(1)));
        int[] today = day(start);
        for (int n = 0; n <= HORIZON_DAYS; n++) {
            LocalDate date = n == 0 ? start : start.plusDays(n);
            if (today == null) {
                // A day of unknown hours: what comes after it cannot be promised.
                return null;
            }
            int[] tomorrow = day(date.plusDays(1));
            int[] next = known(tomorrow);
            boolean clocksChange = CopenhagenTime.changesOn(date);
            for (int i = 0; i < today.length; i += 2) {
                int minute = opening ? today[i] : today[i + 1];
                boolean continues = opening ? minute == 0 && endsAtMidnight(previous)
                        : minute == 1440 && startsAtMidnight(next);
                if (continues || n == 0 && minute < surelyPast
                        || clocksChange && vanishes(date, today[i], today[i + 1])) {
                    continue;
                }
                OffsetDateTime at = clocksChange ? moment(date.atStartOfDay().plusMinutes(minute)).toOffsetDateTime()
                        : steady(date, minute);
                if (at.isAfter(after)) {
                    return at;
                }
            }
            previous = today;
            today = tomorrow;
        }
        return null;
    }

    /** A wall-clock time on a day the clocks do not change: its offset is the day's. */
    private static OffsetDateTime steady(LocalDate date, int minute) {
        LocalDateTime local = date.atStartOfDay().plusMinutes(minute);
        return OffsetDateTime.of(local, CopenhagenTime.offsetAt(local.toEpochSecond(ZoneOffset.UTC)));
    }

    /** Whether the span lies wholly in the hour the clocks skip in spring: it does not happen that night. */
    private static boolean vanishes(LocalDate date, int from, int to) {
        ZoneOffsetTransition gap = gap(date.atStartOfDay().plusMinutes(from));
        return gap != null && !date.atStartOfDay().plusMinutes(to).isAfter(gap.getDateTimeAfter());
    }

    /** The instant of a wall-clock time; a time the clocks skip is the moment they jump (02:30 is 03:00). */
    private static ZonedDateTime moment(LocalDateTime local) {
        ZoneOffsetTransition gap = gap(local);
        return gap != null ? ZonedDateTime.ofInstant(gap.getInstant(), CopenhagenTime.ZONE)
                : ZonedDateTime.ofLocal(local, CopenhagenTime.ZONE, null);
    }

    private static @Nullable ZoneOffsetTransition gap(LocalDateTime local) {
        ZoneOffsetTransition t = CopenhagenTime.ZONE.getRules().getTransition(local);
        return t != null && t.isGap() ? t : null;
    }

    private static boolean endsAtMidnight(int[] spans) {
        for (int i = 1; i < spans.length; i += 2) {
            if (spans[i] == 1440) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAtMidnight(int[] spans) {
        return spans.length > 0 && spans[0] == 0;
    }

    private static int[] known(int @Nullable [] spans) {
        return spans == null ? Spans.NONE : spans;
    }

    /**
     * The merged open intervals of a day in minutes, flat {@code [start, end, ...]}, including
     * what spills from the day before; null when the day's hours are unknown. Shared when the
     * weekly pattern holds: never to be changed.
     */
    int @Nullable [] day(LocalDate date) {
        DatedHours today = covering(date);
        OpeningHours hours = today == null ? null : today.hours();
        if (today == null || hours == null || !hours.knows(date)) {
            return null;
        }
        // The day before lies in the same period unless the period begins today; its spill is in
        // the weekly pattern only if its hours are known.
        if ((today.from() == null || today.from().isBefore(date)) && hours.knows(date.minusDays(1))) {
            int[] weekly = hours.weekly(date);
            if (weekly != null) {
                return weekly;
            }
        }
        return computed(date);
    }

    /** The day's spans from its rules, walked: for days a dated or holiday rule governs. */
    int @Nullable [] computed(LocalDate date) {
        OpeningHours hours = hoursOn(date);
        if (hours == null || !hours.knows(date)) {
            return null;
        }
        List<int[]> spans = new ArrayList<>(hours.intervals(date, false));
        OpeningHours before = hoursOn(date.minusDays(1));
        if (before != null && before.knows(date.minusDays(1))) {
            spans.addAll(before.spill(date.minusDays(1)));
        }
        return Spans.merge(spans);
    }

    /** The hours of the period covering the day; null when none covers it or its hours are unknown. */
    private @Nullable OpeningHours hoursOn(LocalDate date) {
        DatedHours p = covering(date);
        return p == null ? null : p.hours();
    }

    private @Nullable DatedHours covering(LocalDate date) {
        for (int i = 0; i < periods.size(); i++) {
            DatedHours p = periods.get(i);
            if (p.covers(date)) {
                return p;
            }
        }
        return null;
    }
}
