package dk.trinvis.internal.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishHolidaysTest {
    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2012,2012-04-08", "2013,2013-03-31", "2014,2014-04-20", "2024,2024-03-31", "2025,2025-04-20",
        "2026,2026-04-05"})
    void easterIsComputedForAnyYear(int year, LocalDate easter) {
        assertThat(DanishHolidays.easter(year)).isEqualTo(easter);
    }

    @Test
    void storeBededagIsAHolidayUpToAndIncluding2023Only() {
        assertThat(DanishHolidays.nameOf(LocalDate.of(2023, 5, 5))).contains("Store Bededag");
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2024, 4, 26))).isFalse();
    }

    @Test
    void holidaysOf2026() {
        assertThat(DanishHolidays.of(2026)).containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 2),
                LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 24), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26));
    }

    @Test
    void grundlovsdagAndChristmasEveAreNotPublicHolidays() {
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2024, 6, 5))).isFalse();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2024, 12, 24))).isFalse();
    }
}
