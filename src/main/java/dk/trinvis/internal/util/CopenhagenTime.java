package dk.trinvis.internal.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Danish public time: every date and opening hour in a rule set is Copenhagen wall-clock time. */
public final class CopenhagenTime {
    /** Europe/Copenhagen, with its summer time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** The table covers instants before this one; later ones ask the zone rules. */
    private static final long TABLE_END = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
    /** Epoch seconds at which the offset changes, ascending, from the first transition to 2200. */
    private static final long[] CHANGES;
    /** The offset from each change on; {@code OFFSETS[0]} holds before the first change. */
    private static final ZoneOffset[] OFFSETS;

    static {
        // The zone rules compute every transition after the last historic one per year, through a
        // cache keyed by a boxed year: a tenth of a decision's time. The table is read-only.
        ZoneRules rules = ZONE.getRules();
        List<ZoneOffsetTransition> all = new ArrayList<>(rules.getTransitions());
        ZoneOffsetTransition t = all.isEmpty() ? rules.nextTransition(Instant.EPOCH.minusSeconds(1L << 40))
                : rules.nextTransition(all.get(all.size() - 1).getInstant());
        while (t != null && t.getInstant().getEpochSecond() < TABLE_END) {
            all.add(t);
            t = rules.nextTransition(t.getInstant());
        }
        CHANGES = new long[all.size()];
        OFFSETS = new ZoneOffset[all.size() + 1];
        OFFSETS[0] = all.isEmpty() ? rules.getOffset(Instant.EPOCH) : all.get(0).getOffsetBefore();
        for (int i = 0; i < all.size(); i++) {
            CHANGES[i] = all.get(i).getInstant().getEpochSecond();
            OFFSETS[i + 1] = all.get(i).getOffsetAfter();
        }
    }

    private CopenhagenTime() {
    }

    /** The Copenhagen offset at the instant: what {@code ZONE.getRules().getOffset(instant)} gives, faster. */
    public static ZoneOffset offsetAt(Instant instant) {
        return offsetAt(instant.getEpochSecond());
    }

    /** The Copenhagen offset at an instant given in seconds since the epoch. */
    public static ZoneOffset offsetAt(long seconds) {
        if (seconds >= TABLE_END) {
            return ZONE.getRules().getOffset(Instant.ofEpochSecond(seconds));
        }
        int i = Arrays.binarySearch(CHANGES, seconds);
        // At a change the new offset holds; between changes, the one from the change before.
        return OFFSETS[i >= 0 ? i + 1 : -i - 1];
    }

    /** The instant on the Copenhagen wall clock: {@code LocalDateTime.ofInstant(instant, ZONE)}. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offsetAt(instant));
    }

    /**
     * Whether the clocks may change on or near the day: false means every wall-clock time of the
     * day exists once, with one offset. Errs towards true (a change within 14 hours of the day).
     */
    public static boolean changesOn(LocalDate day) {
        long from = day.toEpochDay() * 86_400 - 14 * 3600;
        long to = from + 86_400 + 28 * 3600;
        if (to >= TABLE_END) {
            return true;
        }
        int i = Arrays.binarySearch(CHANGES, from);
        int first = i >= 0 ? i : -i - 1;
        return first < CHANGES.length && CHANGES[first] <= to;
    }

    /** The instant on the Copenhagen wall clock with its offset: {@code OffsetDateTime.ofInstant(instant, ZONE)}. */
    public static OffsetDateTime at(Instant instant) {
        ZoneOffset offset = offsetAt(instant);
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset),
                offset);
    }
}
