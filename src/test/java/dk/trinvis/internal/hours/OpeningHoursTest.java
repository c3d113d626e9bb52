package dk.trinvis.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.internal.util.CopenhagenTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
    static final OpeningHours HOTLINE = OpeningHours.parse("Mo-Th 09:00-21:00; Fr 09:00-17:00; Su 17:00-21:00; PH off");

    static boolean open(OpeningHours h, String at) {
        return h.isOpen(LocalDateTime.parse(at));
    }

    static Instant cph(String local) {
        return LocalDateTime.parse(local).atZone(CopenhagenTime.ZONE).toInstant();
    }

    @Test
    void weekdayRangesAndSpans() {
        assertThat(open(HOTLINE, "2024-04-08T09:00")).isTrue();   // Monday opening minute
        assertThat(open(HOTLINE, "2024-04-08T20:59")).isTrue();
        assertThat(open(HOTLINE, "2024-04-08T21:00")).isFalse();  // end is exclusive
        assertThat(open(HOTLINE, "2024-04-12T17:30")).isFalse();  // Friday after 17
        assertThat(open(HOTLINE, "2024-04-13T12:00")).isFalse();  // Saturday
        assertThat(open(HOTLINE, "2024-04-14T20:30")).isTrue();   // Sunday evening
    }

    @Test
    void publicHolidaysOverrideWeekdays() {
        assertThat(open(HOTLINE, "2024-05-09T10:00")).isFalse();  // Kristi himmelfartsdag, a Thursday
        assertThat(open(OpeningHours.parse("Mo-Fr 09:00-15:00; PH 10:00-12:00"), "2024-12-25T11:00")).isTrue();
    }

    @Test
    void listsAndSeveralSpansADay() {
        OpeningHours h = OpeningHours.parse("Mo,We,Fr 09:00-12:00,13:00-16:00");
        assertThat(open(h, "2024-04-10T12:30")).isFalse();
        assertThat(open(h, "2024-04-10T13:30")).isTrue();
        assertThat(open(h, "2024-04-09T10:00")).isFalse();
    }

    @Test
    void spanPastMidnightIsOpenEarlyNextMorning() {
        OpeningHours h = OpeningHours.parse("Fr 22:00-02:00");
        assertThat(open(h, "2024-04-12T23:00")).isTrue();
        assertThat(open(h, "2024-04-13T01:59")).isTrue();
        assertThat(open(h, "2024-04-13T02:00")).isFalse();
    }

    @Test
    void datesAndMonthsSelectDays() {
        OpeningHours h = OpeningHours.parse("Mo-Fr 09:00-15:00; Dec 24 off; Jul Mo-Fr 10:00-12:00 \"sommertid\"");
        assertThat(open(h, "2024-12-24T10:00")).isFalse();
        assertThat(open(h, "2024-07-08T09:30")).isFalse();
        assertThat(open(h, "2024-07-08T10:30")).isTrue();
        assertThat(h.comment(LocalDateTime.parse("2024-07-08T10:30"))).isEqualTo("sommertid");
        assertThat(open(OpeningHours.parse("Dec 24-26 off; 24/7"), "2024-12-27T03:00")).isTrue();
        assertThat(open(OpeningHours.parse("24/7; Dec 24-Jan 02 off"), "2025-01-01T12:00")).isFalse();
    }

    @Test
    void offNeverOpens() {
        assertThat(OpeningHours.parse("off").neverOpens()).isTrue();
        assertThat(OpeningHours.parse("Mo-Su closed").neverOpens()).isTrue();
        assertThat(HOTLINE.neverOpens()).isFalse();
    }

    @Test
    void errorsPointAtTheOffendingCharacter() {
        assertThat(offset("Mo-Th 09:00-21:00; Fr 09:00-1700")).isEqualTo(28);
        assertThat(offset("mo-fr 09:00-15:00")).isZero();
        assertThat(offset("Mo-Fr 09:00-25:00")).isEqualTo(12);
        assertThat(offset("Mo-Fr 09:00-15:00 \"open")).isEqualTo(18);
        assertThat(offset("")).isZero();
    }

    private static int offset(String spec) {
        HoursSyntaxException e = catchThrowableOfType(HoursSyntaxException.class, () -> OpeningHours.parse(spec));
        assertThat(e).as(spec).isNotNull();
        return e.offset();
    }

    @Test
    void randomInputEitherParsesOrFailsWithALocatedProblem() {
        String[] atoms = {"Mo", "Fr", "Su", "-", ",", ";", " ", "09:00", "21:00", "24:00", "1700", "PH", "off", "Dec",
            "24", "Jul", "\"x\"", "\"", "24/7", "2014", "closed", "?", "Feb 30"};
        Random random = new Random(42);
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                b.append(atoms[random.nextInt(atoms.length)]);
            }
            String spec = b.toString();
            try {
                OpeningHours h = OpeningHours.parse(spec);
                h.isOpen(LocalDateTime.of(2024, 3, 31, 2, 30));
            } catch (HoursSyntaxException e) {
                assertThat(e.offset()).as(spec).isBetween(0, spec.length());
            }
        }
    }

    @Test
    void scheduleSwitchesHoursOnTheirValidityDate() {
        HoursSchedule s = HoursSchedule.of(List.of(
                new DatedHours(null, LocalDate.of(2014, 3, 10), OpeningHours.parse("Su-Th 17:00-21:00; PH off")),
                new DatedHours(LocalDate.of(2014, 3, 10), null, HOTLINE)));
        assertThat(s.isOpen(cph("2014-03-03T10:00"))).isFalse();
        assertThat(s.isOpen(cph("2014-03-03T18:00"))).isTrue();
        assertThat(s.isOpen(cph("2014-03-10T10:00"))).isTrue();
        assertThat(s.nextOpening(cph("2014-03-08T12:00")))
                .contains(ZonedDateTime.of(2014, 3, 9, 17, 0, 0, 0, CopenhagenTime.ZONE));
    }

    @Test
    void nextOpeningAcrossTheSpringForwardNight() {
        // Sunday 2024-03-31: 02:00-03:00 does not exist in Copenhagen; an opening at 02:30 happens when the
        // clocks jump to 03:00 (isOpen agrees: 03:15 is inside 02:30-04:00). It is Easter Sunday too:
        // the hours name public holidays, or that day's hours would be unknown.
        HoursSchedule s = HoursSchedule.of(List.of(new DatedHours(null, null, OpeningHours.parse("Su,PH 02:30-04:00"))));
        ZonedDateTime next = s.nextOpening(cph("2024-03-30T12:00")).orElseThrow();
        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2024-03-31T03:00"));
        assertThat(s.isOpen(cph("2024-03-31T03:15"))).isTrue();
        assertThat(next.getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    @Test
    void eveningHotlineOnTheDstNightsIsOpenAndNextOpeningIsCorrect() {
        HoursSchedule s = HoursSchedule.of(List.of(new DatedHours(null, null, HOTLINE)));
        assertThat(s.isOpen(cph("2025-03-30T20:30"))).isTrue();   // last Sunday of March 2025
        assertThat(s.isOpen(cph("2024-03-31T20:30"))).isFalse();  // Easter Sunday 2024: PH off
        assertThat(s.isOpen(cph("2024-10-27T20:30"))).isTrue();
        assertThat(s.nextOpening(cph("2024-10-26T12:00")))
                .contains(ZonedDateTime.of(2024, 10, 27, 17, 0, 0, 0, CopenhagenTime.ZONE));
        assertThat(s.nextOpening(cph("2024-10-26T12:00")).orElseThrow().getOffset().getTotalSeconds())
                .isEqualTo(3600);
    }

    @Test
    void fallBackNightKeepsBothHoursOfAnOvernightSpan() {
        HoursSchedule s = HoursSchedule.of(List.of(new DatedHours(null, null, OpeningHours.parse("Sa 22:00-03:00"))));
        assertThat(s.isOpen(Instant.parse("2024-10-27T00:30:00Z"))).isTrue();  // 02:30 CEST
        assertThat(s.isOpen(Instant.parse("2024-10-27T01:30:00Z"))).isTrue();  // 02:30 CET
        assertThat(s.nextClosing(Instant.parse("2024-10-27T00:30:00Z")))
                .contains(ZonedDateTime.of(2024, 10, 27, 3, 0, 0, 0, CopenhagenTime.ZONE));
    }

    @Test
    void neverOpeningScheduleHasNoNextOpening() {
        HoursSchedule s = HoursSchedule.of(List.of(new DatedHours(null, null, OpeningHours.parse("off"))));
        assertThat(s.nextOpening(cph("2024-01-01T00:00"))).isEmpty();
    }

    @Test
    void nextOpeningOfAnOpenOfferIsAfterItCloses() {
        HoursSchedule s = HoursSchedule.of(List.of(new DatedHours(null, null, HOTLINE)));
        assertThat(s.nextOpening(cph("2024-04-08T10:00")))
                .contains(ZonedDateTime.of(2024, 4, 9, 9, 0, 0, 0, CopenhagenTime.ZONE));
    }
}
