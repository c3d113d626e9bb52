package dk.trinvis.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weekly pattern prepared at load gives every day the spans its rules give it. */
class WeeklyPatternTest {
    private static final List<String> SPECS = List.of(
            "Mo-Fr 09:00-15:00",
            "Mo-Fr 09:00-15:00; PH off",
            "Mo-Th 09:00-21:00; Fr 09:00-17:00; Su 17:00-21:00; PH off",
            "Su-Th 17:00-21:00; PH off",
            "Mo-Fr 09:00-15:00; Dec 24 off; PH off; Dec 31 10:00-12:00",
            "Mo-Fr,PH 10:00-12:00",
            "PH 10:00-12:00; Mo-Fr 08:00-16:00",
            "Fr-Sa 22:00-02:00; Su off",
            "Mo-Su 22:00-02:00; PH 10:00-12:00",
            "Mo-Fr 15:00-10:00; PH off",
            "24/7; Dec 24-Dec 26 off",
            "Dec 20-Jan 05 off; 24/7",
            "Jun-Aug Mo-Fr 08:00-12:00; Mo-Fr 09:00-16:00",
            "Mo-Fr 09:00-16:00; Jun-Aug Mo-Fr 08:00-12:00",
            "Mo-Fr 08:00-16:00; 2024 Feb off",
            "2024 Feb 10-2025 Mar 03 Sa 10:00-14:00; Mo-Fr 09:00-10:00",
            "Mo 09:00-10:00; Mo 11:00-12:00; Mo 09:30-11:30",
            "Sa 23:00-02:00; Su 01:00-05:00",
            "Mo-Su 00:00-24:00; We off",
            "Jan 01 off",
            "Mo off");

    @Test
    void everyDayOfFourteenYearsHasTheSpansItsRulesGiveIt() {
        List<HoursSchedule> schedules = new ArrayList<>();
        for (String spec : SPECS) {
            schedules.add(HoursSchedule.of(List.of(new DatedHours(null, null, OpeningHours.parse(spec)))));
        }
        // Periods that begin and end mid-week, with unknown hours between and spill across a border.
        schedules.add(HoursSchedule.of(List.of(
                new DatedHours(null, LocalDate.of(2015, 3, 4), OpeningHours.parse("Mo-Su 20:00-03:00")),
                new DatedHours(LocalDate.of(2015, 3, 4), LocalDate.of(2016, 1, 1),
                        OpeningHours.parse("Mo-Fr 09:00-15:00; PH off")),
                new DatedHours(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 1), null),
                new DatedHours(LocalDate.of(2016, 6, 1), null, OpeningHours.parse("Fr-Sa 22:00-02:00")))));
        int days = 0;
        for (HoursSchedule schedule : schedules) {
            for (LocalDate d = LocalDate.of(2012, 1, 1); d.getYear() < 2026; d = d.plusDays(1)) {
                assertThat(schedule.day(d)).as(schedule.periods() + " on " + d).isEqualTo(schedule.computed(d));
                days++;
            }
        }
        assertThat(days).isGreaterThan(100_000);
    }
}
