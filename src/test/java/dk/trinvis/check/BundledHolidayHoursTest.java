package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.hours.DanishHolidays;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.HoursPeriod;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue #26: no source gives a bundled offer's hours on a public holiday or customary day off, so no
 * bundled decision says an offer is open on one, whatever the municipality, year or hour.
 */
class BundledHolidayHoursTest {
    private static final RuleSet BUNDLED = RuleSet.bundled();
    /** A spec that speaks for holidays or dated days: `PH` or a month name. Such hours need a source that gives them. */
    private static final Pattern NAMES_DAYS = Pattern.compile("\\bPH\\b|\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\b");
    /** Offers whose holiday hours a source gives, by id; none today. Add one only with that source in its source:. */
    private static final Set<String> SOURCED_HOLIDAY_HOURS = Set.of();
    /** Hours the hotlines keep on ordinary days, so a wrong "open" would show. */
    private static final List<LocalTime> TIMES = List.of(LocalTime.of(10, 0), LocalTime.of(15, 30), LocalTime.of(17, 30),
            LocalTime.of(19, 0), LocalTime.of(20, 30));

    private static List<LocalDate> daysOff() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2012, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            if (DanishHolidays.isDayOff(d)) {
                days.add(d);
            }
        }
        return days;
    }

    @Test
    void noBundledHoursNameHolidaysOrDatesWithoutASourceForThem() {
        for (HelpOffer offer : BUNDLED.model().helpOffers().values()) {
            if (SOURCED_HOLIDAY_HOURS.contains(offer.id())) {
                continue;
            }
            for (HoursPeriod h : offer.hours()) {
                assertThat(NAMES_DAYS.matcher(h.spec()).find()).as(offer.id() + ": " + h.spec()).isFalse();
            }
        }
    }

    @Test
    void noOfferWithKnownHoursIsOpenNowOnADanishPublicHolidayOrCustomaryDayOff() {
        List<LocalDate> days = daysOff();
        assertThat(days).hasSizeGreaterThan(15 * 13 - 3);
        // Every offer whose hours are known on some days, asked where it serves; the rest never have known hours.
        Set<String> codes = new TreeSet<>();
        for (HelpOffer offer : BUNDLED.model().helpOffers().values()) {
            if (offer.hours().stream().anyMatch(p -> !p.spec().equals("unknown"))) {
                codes.add(offer.national() ? "0101" : offer.municipalities().get(0));
            }
        }
        assertThat(codes).hasSizeGreaterThanOrEqualTo(5);
        int checked = 0;
        for (String code : codes) {
            for (LocalDate day : days) {
                for (LocalTime time : TIMES) {
                    Decision d = BUNDLED.decide(DecisionRequest.of("flytning", code).at(day.atTime(time)));
                    for (Decision.Help h : d.help()) {
                        if (!SOURCED_HOLIDAY_HOURS.contains(h.id())) {
                            assertThat(h.openNow()).as(h.id() + " in " + code + " at " + day + " " + time).isNull();
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(codes.size() * days.size() * TIMES.size());
    }

    @Test
    void theHotlineIsOpenOnTheOrdinaryDaysAroundEaster2024() {
        for (String at : List.of("2024-03-27T10:00", "2024-04-02T10:00")) {
            Decision d = BUNDLED.decide(DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse(at)));
            assertThat(d.help()).filteredOn(h -> h.id().equals("den-digitale-hotline"))
                    .singleElement().satisfies(h -> assertThat(h.openNow()).as(at).isTrue());
        }
    }

    @Test
    void theHotlineClosedOnTheSaturdayBeforeEasterPromisesNoNextOpening() {
        Decision d = BUNDLED.decide(DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2024-03-30T12:00")));
        assertThat(d.help()).filteredOn(h -> h.id().equals("den-digitale-hotline")).singleElement().satisfies(h -> {
            assertThat(h.openNow()).isFalse();
            assertThat(h.nextOpening()).isNull();
        });
    }
}
