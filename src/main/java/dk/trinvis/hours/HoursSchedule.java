package dk.trinvis.hours;

import dk.trinvis.util.CopenhagenTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A help offer's opening hours over time: each {@link DatedHours} applies on its days. On days
 * none covers, or covered by hours marked unknown, the hours are unknown — never "closed" and
 * never "open". A span past midnight belongs to the day it starts on.
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
        LocalDateTime local = LocalDateTime.ofInstant(instant, CopenhagenTime.ZONE);
        int minute = local.getHour() * 60 + local.getMinute();
        List<int[]> spans = day(local.toLocalDate());
        if (spans == null) {
            return Status.UNKNOWN;
        }
        for (int[] span : spans) {
            if (minute >= span[0] && minute < span[1]) {
                return Status.OPEN;
            }
        }
        return Status.CLOSED;
    }

    /** Whether the hours of the day are known. */
    public boolean knows(LocalDate date) {
        DatedHours today = covering(date);
        return today != null && today.known();
    }

    /** Whether the hours of every day from the date to the horizon are known. */
    public boolean knownAhead(LocalDate from) {
        for (int n = 0; n <= HORIZON_DAYS; n++) {
            if (!knows(from.plusDays(n))) {
                return false;
            }
        }
        return true;
    }

    /** The opening_hours text in force on the day, or null when the hours that day are unknown. */
    public String specOn(LocalDate date) {
        DatedHours today = covering(date);
        return today == null || !today.known() ? null : today.hours().spec();
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
        return next(after, true);
    }

    /** The first moment after the instant at which it closes, within a year; empty if unknown before then. */
    public Optional<ZonedDateTime> nextClosing(Instant after) {
        return next(after, false);
    }

    private Optional<ZonedDateTime> next(Instant after, boolean opening) {
        LocalDate start = LocalDateTime.ofInstant(after, CopenhagenTime.ZONE).toLocalDate();
        List<int[]> previous = known(day(start.minusDays(1)));
        for (int n = 0; n <= HORIZON_DAYS; n++) {
            LocalDate date = start.plusDays(n);
            List<int[]> today = day(date);
            if (today == null) {
                // A day of unknown hours: what comes after it cannot be promised.
                return Optional.empty();
            }
            List<int[]> next = known(day(date.plusDays(1)));
            for (int[] span : today) {
                int minute = opening ? span[0] : span[1];
                boolean continues = opening ? minute == 0 && endsAtMidnight(previous) : minute == 1440 && startsAtMidnight(next);
                if (continues || vanishes(date, span)) {
                    continue;
                }
                ZonedDateTime at = moment(date.atStartOfDay().plusMinutes(minute));
                if (at.toInstant().isAfter(after)) {
                    return Optional.of(at);
                }
            }
            previous = today;
        }
        return Optional.empty();
    }

    /** Whether the span lies wholly in the hour the clocks skip in spring: it does not happen that night. */
    private static boolean vanishes(LocalDate date, int[] span) {
        ZoneOffsetTransition gap = gap(date.atStartOfDay().plusMinutes(span[0]));
        return gap != null && !date.atStartOfDay().plusMinutes(span[1]).isAfter(gap.getDateTimeAfter());
    }

    /** The instant of a wall-clock time; a time the clocks skip is the moment they jump (02:30 is 03:00). */
    private static ZonedDateTime moment(LocalDateTime local) {
        ZoneOffsetTransition gap = gap(local);
        return gap != null ? ZonedDateTime.ofInstant(gap.getInstant(), CopenhagenTime.ZONE)
                : ZonedDateTime.ofLocal(local, CopenhagenTime.ZONE, null);
    }

    private static ZoneOffsetTransition gap(LocalDateTime local) {
        ZoneOffsetTransition t = CopenhagenTime.ZONE.getRules().getTransition(local);
        return t != null && t.isGap() ? t : null;
    }

    private static boolean endsAtMidnight(List<int[]> spans) {
        return spans.stream().anyMatch(s -> s[1] == 1440);
    }

    private static boolean startsAtMidnight(List<int[]> spans) {
        return spans.stream().anyMatch(s -> s[0] == 0);
    }

    private static List<int[]> known(List<int[]> spans) {
        return spans == null ? List.of() : spans;
    }

    /**
     * The merged open intervals of a day in minutes, including what spills from the day before;
     * null when the day's hours are unknown.
     */
    private List<int[]> day(LocalDate date) {
        DatedHours today = covering(date);
        if (today == null || !today.known()) {
            return null;
        }
        List<int[]> spans = new ArrayList<>(today.hours().intervals(date, false));
        DatedHours yesterday = covering(date.minusDays(1));
        if (yesterday != null && yesterday.known()) {
            spans.addAll(yesterday.hours().spill(date.minusDays(1)));
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else if (s[1] > s[0]) {
                merged.add(new int[] {s[0], s[1]});
            }
        }
        return merged;
    }

    private DatedHours covering(LocalDate date) {
        for (DatedHours p : periods) {
            if (p.covers(date)) {
                return p;
            }
        }
        return null;
    }
}
