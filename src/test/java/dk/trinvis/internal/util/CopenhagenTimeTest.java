package dk.trinvis.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CopenhagenTimeTest {
    private static final ZoneRules RULES = CopenhagenTime.ZONE.getRules();

    @Test
    void offsetIsTheZoneRulesOffsetAroundEveryChangeFrom1850To2250() {
        Instant t = Instant.parse("1850-01-01T00:00:00Z");
        Instant end = Instant.parse("2250-01-01T00:00:00Z");
        int changes = 0;
        while (t.isBefore(end)) {
            ZoneOffsetTransition next = RULES.nextTransition(t);
            if (next == null) {
                break;
            }
            Instant at = next.getInstant();
            for (long d : new long[] {-3600, -1, 0, 1, 3600}) {
                Instant probe = at.plusSeconds(d);
                assertThat(CopenhagenTime.offsetAt(probe)).as(probe.toString()).isEqualTo(RULES.getOffset(probe));
            }
            t = at;
            changes++;
        }
        assertThat(changes).isGreaterThan(500);
    }

    @Test
    void wallClockIsWhatJavaTimeGivesForRandomInstants() {
        Random random = new Random(13);
        long from = Instant.parse("1800-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2300-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 100_000; i++) {
            Instant probe = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)),
                    random.nextInt(1_000_000_000));
            assertThat(CopenhagenTime.at(probe)).isEqualTo(OffsetDateTime.ofInstant(probe, CopenhagenTime.ZONE));
        }
    }
}
