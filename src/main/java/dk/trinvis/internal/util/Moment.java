package dk.trinvis.internal.util;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A moment as a person or a portal writes it, read one way everywhere (the CLI's {@code --at}
 * and {@code --decide-at}, the HTTP {@code at}, the preview's form, journeys): a Copenhagen local
 * date ({@code 2014-04-08}, its midnight) or date-time ({@code 2014-04-08T20:30}), or an ISO
 * date-time with an offset ({@code 2025-10-26T02:30+01:00}, {@code …Z}). Only the years
 * {@value #FIRST_YEAR}–{@value #LAST_YEAR} are taken: the rules begin in 2012, anything far
 * outside is a typo, and the extreme years Java can hold overflow the arithmetic of a decision.
 *
 * @param local  the wall-clock time as written
 * @param offset the offset written with it, or null for Copenhagen time
 */
public record Moment(LocalDateTime local, @Nullable ZoneOffset offset) {
    /** The first year a moment may be in. */
    public static final int FIRST_YEAR = 1900;
    /** The last year a moment may be in. */
    public static final int LAST_YEAR = 2200;

    /** Longer than any moment written in the forms above: such a text is not parsed at all. */
    private static final int MAX_LENGTH = 40;
    private static final Pattern WITH_OFFSET = Pattern.compile(".*T.*(Z|[+-]\\d{2}:\\d{2})");

    /**
     * Reads a moment.
     *
     * @throws Invalid saying why not: not in one of the forms, not a time that exists, or outside the years
     */
    public static Moment parse(String text) {
        if (text.length() > MAX_LENGTH) {
            throw new Invalid(Invalid.Reason.FORMAT, text);
        }
        try {
            if (WITH_OFFSET.matcher(text).matches()) {
                OffsetDateTime at = OffsetDateTime.parse(text);
                inRange(at.getYear(), text);
                return new Moment(at.toLocalDateTime(), at.getOffset());
            }
            LocalDateTime local = text.indexOf('T') < 0 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            inRange(local.getYear(), text);
            return new Moment(local, null);
        } catch (DateTimeParseException e) {
            throw new Invalid(Invalid.Reason.FORMAT, text);
        } catch (DateTimeException | ArithmeticException e) {
            throw new Invalid(Invalid.Reason.IMPOSSIBLE, text);
        }
    }

    /**
     * Reads a day (a date, or the date of a date-time), in the same years as a moment.
     *
     * @throws Invalid saying why not
     */
    public static LocalDate day(String text) {
        return parse(text).local().toLocalDate();
    }

    private static void inRange(int year, String text) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new Invalid(Invalid.Reason.RANGE, text);
        }
    }

    /** The instant meant: Copenhagen time unless an offset was written (an hour the clocks skip moves forward). */
    public Instant instant() {
        return offset == null ? local.atZone(CopenhagenTime.ZONE).toInstant() : local.toInstant(offset);
    }

    /**
     * The clock change at this Copenhagen wall-clock time, when it is one the clocks skip or repeat
     * (a caller warns: the answer depends on how it is read); null with an offset or on a normal hour.
     */
    public @Nullable ZoneOffsetTransition clockChange() {
        return offset == null ? CopenhagenTime.ZONE.getRules().getTransition(local) : null;
    }

    /** A text that is no moment Trinvis decides for; the caller words the message in its own language. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** Why the text was refused. */
        public enum Reason {
            /** Not in one of the forms. */
            FORMAT,
            /** In the form, but no such time (30 February, hour 25). */
            IMPOSSIBLE,
            /** Outside the years {@value Moment#FIRST_YEAR}–{@value Moment#LAST_YEAR}. */
            RANGE
        }

        private final Reason reason;
        private final String text;

        Invalid(Reason reason, String text) {
            super(reason + ": " + text, null);
            this.reason = reason;
            this.text = text;
        }

        /** Why. */
        public Reason reason() {
            return reason;
        }

        /** The text as given. */
        public String text() {
            return text;
        }
    }
}
