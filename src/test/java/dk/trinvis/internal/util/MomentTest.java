package dk.trinvis.internal.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #27 finding 6: one reading of a moment, one range, a reason for every refusal. */
class MomentTest {

    @Test
    void aLocalTimeADateAndAnOffsetAreRead() {
        assertThat(Moment.parse("2014-04-07T20:30").instant()).isEqualTo(Instant.parse("2014-04-07T18:30:00Z"));
        assertThat(Moment.parse("2014-04-07").instant()).isEqualTo(Instant.parse("2014-04-06T22:00:00Z"));
        assertThat(Moment.parse("2025-10-26T02:30+01:00").instant()).isEqualTo(Instant.parse("2025-10-26T01:30:00Z"));
        assertThat(Moment.parse("2025-10-26T01:30Z").instant()).isEqualTo(Instant.parse("2025-10-26T01:30:00Z"));
        assertThat(Moment.day("2024-03-01T10:00")).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void theFirstTwoThirtyOfAnAutumnNightIsTheEarlierAndItsClockChangeIsKnown() {
        Moment m = Moment.parse("2025-10-26T02:30");
        assertThat(m.instant()).isEqualTo(Instant.parse("2025-10-26T00:30:00Z"));
        assertThat(m.clockChange()).isNotNull();
        assertThat(Moment.parse("2025-10-26T02:30+01:00").clockChange()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "+999999999-12-31T23:59:59+18:00, RANGE",
        "-999999999-01-01T00:00, RANGE",
        "0000-01-01, RANGE",
        "1899-12-31T23:59, RANGE",
        "2201-01-01, RANGE",
        "yesterday, FORMAT",
        "2024-02-30, FORMAT",
        "2024-13-01T10:00, FORMAT",
        "'', FORMAT",
        "2024-03-01T10:00+25:00, FORMAT"})
    void whatIsNoMomentSaysWhy(String text, Moment.Invalid.Reason reason) {
        assertThatThrownBy(() -> Moment.parse(text)).isInstanceOfSatisfying(Moment.Invalid.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void aLongTextIsRefusedUnread() {
        assertThatThrownBy(() -> Moment.parse("2024-03-01T10:00" + "0".repeat(100_000)))
                .isInstanceOf(Moment.Invalid.class);
    }

    @Test
    void theEdgesOfTheRangeAreIn() {
        assertThat(Moment.parse("1900-01-01T00:00").local().getYear()).isEqualTo(1900);
        assertThat(Moment.parse("2200-12-31T23:59:59.999+18:00").local().getYear()).isEqualTo(2200);
    }
}
