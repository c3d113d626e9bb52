package dk.trinvis.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loader reads a date written yyyy-mm-dd by hand, and every date as {@link LocalDate#parse} reads it. */
class IsoDateTest {
    @Test
    void everyDayOfFourYearsAroundALeapYearReadsAsTheFormatterReadsIt() {
        for (LocalDate d = LocalDate.of(2022, 1, 1); d.isBefore(LocalDate.of(2026, 1, 1)); d = d.plusDays(1)) {
            assertThat(Scalars.isoDate(d.toString())).isEqualTo(d);
        }
    }

    @Test
    void daysTheCalendarLacksAndOtherShapesAreLeftToTheFormatter() {
        for (String v : List.of("2023-02-29", "2024-02-30", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
                "2024-1-01", "2024/01/01", "24-01-2001", "2024-01-0x", "+2024-01-01", "２０２４-01-01", "")) {
            assertSameAsFormatter(v);
        }
        assertThat(Scalars.isoDate("0000-01-01")).isEqualTo(LocalDate.parse("0000-01-01"));
        assertThat(Scalars.isoDate("+12024-01-01")).isEqualTo(LocalDate.parse("+12024-01-01"));
    }

    @Test
    void randomDateShapedTextReadsOrFailsAsWithTheFormatter() {
        Random random = new Random(30);
        String alphabet = "0123456789-+ x";
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            char[] c = "2024-02-29".toCharArray();
            for (int k = random.nextInt(3); k >= 0; k--) {
                c[random.nextInt(c.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            values.add(new String(c));
        }
        values.forEach(IsoDateTest::assertSameAsFormatter);
    }

    private static void assertSameAsFormatter(String v) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            assertThatThrownBy(() -> Scalars.isoDate(v)).as(v).isInstanceOf(DateTimeParseException.class);
            return;
        }
        assertThat(Scalars.isoDate(v)).as(v).isEqualTo(expected);
    }
}
