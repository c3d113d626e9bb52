package dk.trinvis.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.internal.util.CopenhagenTime;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #18: opening hours around the clock changes, years and the length limit. */
class HoursEdgeTest {
    private static HoursSchedule always(String spec) {
        return HoursSchedule.of(List.of(new DatedHours(null, null, OpeningHours.parse(spec))));
    }

    private static java.time.Instant cph(String local) {
        return LocalDateTime.parse(local).atZone(CopenhagenTime.ZONE).toInstant();
    }

    @Test
    void aSpanThatLiesInTheSkippedSpringHourDoesNotOpenThatNight() {
        // 2025-03-30 is a Sunday; the clocks jump from 02:00 to 03:00.
        ZonedDateTime next = always("Su 02:00-03:00").nextOpening(cph("2025-03-30T01:30")).orElseThrow();
        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-04-06T02:00"));
    }

    @Test
    void aSpanThatStartsInTheSkippedHourOpensWhenTheClocksJump() {
        ZonedDateTime next = always("Su 02:30-04:00").nextOpening(cph("2025-03-30T01:30")).orElseThrow();
        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.parse("2025-03-30T03:00"));
    }

    @Test
    void aMonthWithAYearHasThatYearsLength() {
        OpeningHours h = OpeningHours.parse("Mo-Fr 09:00-15:00; 2025 Feb off");
        assertThat(h.isOpen(LocalDateTime.parse("2025-02-28T10:00"))).isFalse();
        assertThat(h.isOpen(LocalDateTime.parse("2025-03-03T10:00"))).isTrue();
        assertThat(OpeningHours.parse("2024 Feb off").isOpen(LocalDateTime.parse("2024-02-29T10:00"))).isFalse();
    }

    @Test
    void aSpecLongerThanTheLimitIsRefusedWithoutParsing() {
        String huge = "Mo 09:00-10:00; ".repeat(200_000);
        HoursSyntaxException e = catchThrowableOfType(HoursSyntaxException.class, () -> OpeningHours.parse(huge));
        assertThat(e.getMessage()).isEqualTo("opening hours are 3200000 characters, more than the 1000 allowed");
        assertThat(e.offset()).isZero();
    }
}
