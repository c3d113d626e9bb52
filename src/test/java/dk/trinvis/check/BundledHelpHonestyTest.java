package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.hours.OpeningHours;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.HelpType;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Requirement;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled Danish rule set never says a place is open unless its hours say so. */
class BundledHelpHonestyTest {
    private static final RuleSet RULES = RuleSet.bundled();
    private static final List<String> MOMENTS = List.of(
            "2025-12-28T03:00",  // a Sunday night
            "2025-12-25T03:00",  // Christmas Day, a public holiday, at night
            "2024-04-07T03:00",  // a Sunday night in summer time
            "2024-04-08T10:00",  // a Monday morning
            "2014-03-09T18:00",  // the Sunday before the hotline's hours changed
            "2012-06-13T19:00"); // a Wednesday evening in 2012
    private static final List<String> SERVICES = List.of("flytning", "laegevalg", "boligstoette");

    @Test
    void noOfferIsOpenNowUnlessItsHoursSaySoInAnyMunicipalityAtAnyMoment() {
        int checked = 0;
        for (Municipality m : RULES.model().municipalities().values()) {
            for (String at : MOMENTS) {
                for (String service : SERVICES) {
                    LocalDateTime local = LocalDateTime.parse(at);
                    Decision d = RULES.decide(DecisionRequest.of(service, m.code()).at(local));
                    for (Decision.Help h : d.help()) {
                        checked++;
                        if (h.openNow() == null) {
                            assertThat(h.hours()).as(h.id() + " at " + at).isEqualTo(Decision.Help.UNKNOWN_HOURS);
                        } else {
                            assertThat(h.hours()).as(h.id() + " at " + at).isNotEqualTo(Decision.Help.UNKNOWN_HOURS);
                            assertThat(OpeningHours.parse(h.hours()).isOpen(local)).as(h.id() + " at " + at)
                                    .isEqualTo(h.openNow());
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(RULES.model().municipalities().size() * MOMENTS.size());
    }

    @Test
    void duringTheVardeOutageNoListedOfferIsOneTheOutageTakesDown() {
        Decision d = RULES.decide(DecisionRequest.of("laegevalg", "0573").at(LocalDateTime.parse("2023-11-20T11:00")));
        assertThat(d.requirement()).isEqualTo(Requirement.UNAVAILABLE);
        for (Decision.Help h : d.help()) {
            HelpOffer offer = RULES.model().helpOffers().get(h.id());
            boolean ownDesk = offer.type() == HelpType.IN_PERSON && offer.municipalities().contains("0573");
            assertThat(ownDesk).as(h.id()).isFalse();
        }
        assertThat(d.authority() == null || d.authority().processedBy().stream()
                .noneMatch(id -> RULES.model().helpOffers().get(id).type() == HelpType.IN_PERSON)).isTrue();
    }
}
