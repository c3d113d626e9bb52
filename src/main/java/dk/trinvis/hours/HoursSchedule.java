package dk.trinvis.hours;

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
 * A help offer's opening hours over time: each {@link DatedHours} applies on its days; on days
 * none covers, the offer is closed. A span past midnight belongs to the day it starts on.
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

    /** Whether it is open at the instant. */
    public boolean isOpen(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, CopenhagenTime.ZONE);
        int minute = local.getHour() * 60 + local.getMinute();
        for (int[] span : day(local.toLocalDate())) {
            if (minute >= span[0] && minute < span[1]) {
                return true;
            }
        }
        return false;
    }

    /** The first moment after the instant at which it opens, within a year. */
    public Optional<ZonedDateTime> nextOpening(Instant after) {
        return next(after, true);
    }

    /** The first moment after the instant at which it closes, within a year. */
    public Optional<ZonedDateTime> nextClosing(Instant after) {
        return next(after, false);
    }

    private Optional<ZonedDateTime> next(Instant after, boolean opening) {
        LocalDate start = LocalDateTime.ofInstant(after, CopenhagenTime.ZONE).toLocalDate();
        List<int[]> previous = day(start.minusDays(1));
        for (int n = 0; n <= HORIZON_DAYS; n++) {
            LocalDate date = start.plusDays(n);
            List<int[]> today = day(date);
            List<int[]> next = day(date.plusDays(1));
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

    /** The merged open intervals of a day in minutes, including what spills from the day before. */
    private List<int[]> day(LocalDate date) {
        List<int[]> spans = new ArrayList<>();
        DatedHours today = covering(date);
        if (today != null) {
            spans.addAll(today.hours().intervals(date, false));
        }
        DatedHours yesterday = covering(date.minusDays(1));
        if (yesterday != null) {
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
