package dk.trinvis.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.internal.util.CopenhagenTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #26: weekly hours do not speak for public holidays and customary days off; only named days are known. */
class HolidayHoursTest {
    private static final String WEEKLY = "Mo-Th 08:00-20:00; Fr 08:00-16:00; Su 16:00-20:00";

    private static HoursSchedule always(String spec) {
        return HoursSchedule.of(List.of(new DatedHours(null, null, OpeningHours.parse(spec))));
    }

    private static Instant cph(String local) {
        return LocalDateTime.parse(local).atZone(CopenhagenTime.ZONE).toInstant();
    }

    @Test
    void weeklyHoursLeaveEasterMondayAndChristmasEveUnknown() {
        HoursSchedule s = always(WEEKLY);
        assertThat(s.status(cph("2024-04-01T10:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);  // 2. påskedag
        assertThat(s.status(cph("2023-12-24T17:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);  // juleaftensdag, a Sunday
        assertThat(s.status(cph("2024-12-31T10:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);  // nytårsaftensdag
        assertThat(s.status(cph("2024-06-05T10:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);  // grundlovsdag
        assertThat(s.status(cph("2024-05-09T10:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);  // Kristi himmelfartsdag
        assertThat(s.specOn(LocalDate.of(2024, 4, 1))).isNull();
    }

    @Test
    void theDaysAroundAHolidayKeepTheirWeeklyHours() {
        HoursSchedule s = always(WEEKLY);
        assertThat(s.status(cph("2024-04-02T10:00"))).isEqualTo(HoursSchedule.Status.OPEN);    // Tuesday after Easter
        assertThat(s.status(cph("2024-12-23T10:00"))).isEqualTo(HoursSchedule.Status.OPEN);
        assertThat(s.status(cph("2024-04-06T10:00"))).isEqualTo(HoursSchedule.Status.CLOSED);  // Saturday before
    }

    @Test
    void phOffSaysClosedAndPhWithTimesSaysOpen() {
        assertThat(always(WEEKLY + "; PH off").status(cph("2024-04-01T10:00"))).isEqualTo(HoursSchedule.Status.CLOSED);
        assertThat(always(WEEKLY + "; PH 10:00-12:00").status(cph("2024-04-01T11:00"))).isEqualTo(HoursSchedule.Status.OPEN);
        assertThat(always("Mo-Fr,PH 10:00-12:00").status(cph("2024-12-25T11:00"))).isEqualTo(HoursSchedule.Status.OPEN);
    }

    @Test
    void phDoesNotNameTheCustomaryDaysOffButTheirDatesDo() {
        assertThat(always(WEEKLY + "; PH off").status(cph("2024-12-24T10:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);
        assertThat(always(WEEKLY + "; PH off; Dec 24 off").status(cph("2024-12-24T10:00")))
                .isEqualTo(HoursSchedule.Status.CLOSED);
        assertThat(always(WEEKLY + "; Dec 24-26 off").status(cph("2024-12-25T10:00")))
                .isEqualTo(HoursSchedule.Status.CLOSED);
    }

    @Test
    void aWholeMonthDoesNotNameTheHolidaysInIt() {
        // 2. pinsedag 2025 is 9 June: summer hours for June say nothing of it.
        HoursSchedule s = always("Mo-Fr 09:00-16:00; Jun-Aug Mo-Fr 08:00-12:00");
        assertThat(s.status(cph("2025-06-09T10:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);
        assertThat(s.status(cph("2025-06-10T10:00"))).isEqualTo(HoursSchedule.Status.OPEN);
    }

    @Test
    void aRuleForEveryDayNamesHolidaysToo() {
        assertThat(always("24/7").status(cph("2024-12-24T10:00"))).isEqualTo(HoursSchedule.Status.OPEN);
        assertThat(always("off").status(cph("2024-12-25T10:00"))).isEqualTo(HoursSchedule.Status.CLOSED);
        assertThat(always("10:00-14:00").status(cph("2024-04-01T11:00"))).isEqualTo(HoursSchedule.Status.OPEN);
    }

    @Test
    void phUnknownAndWeekdayUnknownSayUnknownInWords() {
        assertThat(always(WEEKLY + "; PH unknown").status(cph("2024-04-01T10:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);
        HoursSchedule evenings = always("Fr,Sa off; Su-Th unknown");
        assertThat(evenings.status(cph("2014-02-27T19:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);  // Thursday
        assertThat(evenings.status(cph("2014-02-28T19:00"))).isEqualTo(HoursSchedule.Status.CLOSED);   // Friday
        assertThat(OpeningHours.parse("Fr,Sa off; Su-Th unknown").neverOpens()).isFalse();
    }

    @Test
    void unknownWithTimesIsRefusedAtTheWord() {
        HoursSyntaxException e = catchThrowableOfType(HoursSyntaxException.class,
                () -> OpeningHours.parse("Mo 18:00-22:00 unknown"));
        assertThat(e.offset()).isEqualTo(15);
        assertThat(e.getMessage()).contains("'unknown'");
    }

    @Test
    void closedTheDayBeforeAnUnknownHolidayPromisesNoNextOpening() {
        // Saturday before Easter Sunday 2024: the hotline's Sunday hours may not hold at Easter.
        HoursSchedule s = always(WEEKLY);
        assertThat(s.nextOpening(cph("2024-03-30T12:00"))).isEmpty();
        assertThat(s.knownAhead(LocalDate.of(2024, 3, 30))).isFalse();
        assertThat(always(WEEKLY + "; PH off; Dec 24 off; Dec 31 off; Jun 05 off").nextOpening(cph("2024-03-30T12:00")))
                .contains(ZonedDateTime.of(2024, 4, 2, 8, 0, 0, 0, CopenhagenTime.ZONE));
    }

    @Test
    void theMorningAfterAnUnknownHolidayIsNeverSaidOpen() {
        HoursSchedule s = always("Mo-Su 22:00-02:00");
        assertThat(s.status(cph("2024-12-26T01:00"))).isEqualTo(HoursSchedule.Status.UNKNOWN);  // 2. juledag itself
        // Whether the holiday's evening ran past midnight is not known: nothing spills from it.
        assertThat(s.status(cph("2024-12-27T01:00"))).isNotEqualTo(HoursSchedule.Status.OPEN);
        assertThat(s.status(cph("2024-12-28T01:00"))).isEqualTo(HoursSchedule.Status.OPEN);
    }

    @Test
    void customaryDaysOffAreNotPublicHolidays() {
        assertThat(DanishHolidays.isCustomaryDayOff(LocalDate.of(2024, 12, 24))).isTrue();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2024, 12, 24))).isFalse();
        assertThat(DanishHolidays.isDayOff(LocalDate.of(2024, 6, 5))).isTrue();
        assertThat(DanishHolidays.isDayOff(LocalDate.of(2024, 6, 6))).isFalse();
    }

    @Test
    void theFastHolidayTestAgreesWithTheNamedHolidaysForEveryDayOfAHundredYears() {
        for (LocalDate d = LocalDate.of(1950, 1, 1); d.getYear() < 2050; d = d.plusDays(1)) {
            assertThat(DanishHolidays.isHoliday(d)).as(d.toString()).isEqualTo(DanishHolidays.nameOf(d).isPresent());
        }
    }
}
