package dk.trinvis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.hours.DatedHours;
import dk.trinvis.internal.hours.HoursSchedule;
import dk.trinvis.internal.hours.HoursSyntaxException;
import dk.trinvis.internal.hours.OpeningHours;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any opening-hours text parses or fails with an offset inside it; what parses answers for any instant. */
class HoursFuzzTest {
    private static final List<String> TOKENS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "off", "open",
            "closed", "24/7", "Jan", "Feb", "Mar", "Oct", "Dec", "2024 ", "2025 ", "09:00", "24:00", "00:00", "02:30",
            "23:59", "48:00", "-", ",", ";", " ", "\"", "29", "31", "00", "7", ":", "æ");

    @Provide
    Arbitrary<String> specs() {
        return Arbitraries.oneOf(Seeds.mutated(Seeds.lines("hours.txt"), TOKENS), Seeds.soup(TOKENS, 30));
    }

    @Provide
    Arbitrary<Instant> instants() {
        // 2000 to 2100, DST nights included by chance and by the edge cases.
        return Arbitraries.longs().between(946_684_800L, 4_102_444_800L).map(Instant::ofEpochSecond)
                .edgeCases(c -> c.add(Instant.parse("2025-03-30T00:59:59Z"), Instant.parse("2025-10-26T00:30:00Z")));
    }

    @Property
    void anySpecParsesOrFailsAtAnOffsetWithinIt(@ForAll("specs") String spec, @ForAll("instants") Instant at) {
        OpeningHours hours;
        try {
            hours = OpeningHours.parse(spec);
        } catch (HoursSyntaxException e) {
            assertThat(e.offset()).isBetween(0, spec.length());
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        HoursSchedule schedule = HoursSchedule.of(List.of(new DatedHours(null, null, hours)));
        boolean open = schedule.isOpen(at);
        schedule.nextOpening(at).ifPresent(t -> assertThat(t.toInstant()).isAfter(at));
        schedule.nextClosing(at).ifPresent(t -> assertThat(t.toInstant()).isAfter(at));
        if (open) {
            assertThat(schedule.nextClosing(at)).as("open now, so it closes some time or never").satisfiesAnyOf(
                    c -> assertThat(c).isPresent(), c -> assertThat(hours.neverOpens()).isFalse());
        }
    }
}
