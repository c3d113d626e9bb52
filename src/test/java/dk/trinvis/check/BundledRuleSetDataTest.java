package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Facts of the bundled Danish rule set that no YAML test can see: regions, act numbers, eID by era. */
class BundledRuleSetDataTest {
    private final RuleSet bundled = RuleSet.bundled();

    @Test
    void greveKoegeRoskildeAndSolroedAreInRegionSjaelland() {
        Map<String, Municipality> municipalities = bundled.model().municipalities();
        for (String code : new String[] {"0253", "0259", "0265", "0269"}) {
            assertThat(municipalities.get(code).region()).as(code).isEqualTo("Sjælland");
        }
    }

    @Test
    void eachRegionHasItsNumberOfMunicipalities() {
        Map<String, Integer> perRegion = new TreeMap<>();
        bundled.model().municipalities().values().forEach(m -> perRegion.merge(m.region(), 1, Integer::sum));
        assertThat(perRegion).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Hovedstaden", 29, "Midtjylland", 19, "Nordjylland", 11, "Sjælland", 17, "Syddanmark", 22));
    }

    @Test
    void wave2ActNumberIsMarkedAsInferredWhereverItIsNamed() {
        for (Service s : bundled.model().services().values()) {
            s.mandatoryDigital().stream()
                    .filter(p -> p.basis() != null)
                    .flatMap(p -> p.basis().references().stream())
                    .filter(r -> r.act().contains("622"))
                    .forEach(r -> assertThat(r.inferred()).as(s.id()).isTrue());
        }
    }

    @Test
    void noGuideNamesMitIdBeforeItExisted() {
        for (Guide g : bundled.model().guides()) {
            for (boolean hasLogin : new boolean[] {true, false}) {
                var guide = bundled.guide(DecisionRequest.of(g.service(), "0101")
                        .at(LocalDateTime.parse("2016-03-01T10:00"))
                        .facts(Map.of("hasMitID", hasLogin, "digitalPostExempt", false, "exemptionRefused", false)));
                assertThat(TestRunner.text(guide)).as(g.service()).doesNotContain("MitID");
            }
        }
    }

    private Decision decide(String service, String municipality, String at) {
        return bundled.decide(DecisionRequest.of(service, municipality).at(LocalDateTime.parse(at))
                .facts(Map.of("cognitiveImpairment", true)));
    }

    @Test
    void municipalServicesPointAtTheCitizensOwnMunicipalityAndItsBorgerservice() {
        for (String service : List.of("flytning", "sundhedskort", "laegevalg", "dagtilbud", "skoleindskrivning",
                "fripladstilskud", "navne-adressebeskyttelse", "byggetilladelse", "beboerindskudslaan",
                "parkeringslicens", "cpr-attest", "sygedagpenge", "fritagelse-digital-post")) {
            Decision.Responsible a = decide(service, "0101", "2024-03-04T10:00").authority();
            assertThat(a.id()).as(service).isEqualTo("kommunen");
            assertThat(a.name()).as(service).isEqualTo("Københavns Kommune");
            assertThat(a.processedBy()).as(service).containsExactly("borgerservice-0101");
        }
    }

    @Test
    void udbetalingDanmarkServicesAreTakenInByTheMunicipalitysBorgerservice() {
        for (String service : List.of("boerne-ungeydelse", "boligstoette", "folkepension", "foertidspension",
                "eu-sygesikringskort")) {
            Decision.Responsible a = decide(service, "0751", "2024-03-04T10:00").authority();
            assertThat(a.id()).as(service).isEqualTo("udbetaling-danmark");
            assertThat(a.processedBy()).as(service).containsExactly("borgerservice-0751");
        }
    }

    @Test
    void stateAndParishAuthoritiesAreNamedWithoutClaimingALocalDeskProcessesForThem() {
        Map<String, String> expected = Map.of("navngivning", "personregisterfoerer", "faderskab", "personregisterfoerer",
                "foraeldremyndighed", "familieretshuset", "separation-skilsmisse", "familieretshuset",
                "boernebidrag", "familieretshuset", "cykeltyveri", "politiet", "boerneattest", "politiet");
        expected.forEach((service, authority) -> {
            Decision.Responsible a = decide(service, "0101", "2024-03-04T10:00").authority();
            assertThat(a.id()).as(service).isEqualTo(authority);
            assertThat(a.processedBy()).as(service).isEmpty();
        });
    }

    @Test
    void noHelpOfferIsSaidToBeOpenWithoutSourcedHours() {
        for (Municipality m : bundled.model().municipalities().values()) {
            for (String at : List.of("2012-06-13T19:00", "2015-06-01T10:00", "2024-03-04T10:00", "2024-03-10T17:00")) {
                for (Decision.Help h : decide("flytning", m.code(), at).help()) {
                    if (!"unknown".equals(h.hours())) {
                        continue;
                    }
                    assertThat(h.openNow()).as(h.id() + " in " + m.name() + " at " + at).isNull();
                    assertThat(bundled.model().helpOffers().get(h.id()).hours())
                            .as(h.id()).allSatisfy(p -> assertThat(p.spec()).isEqualTo("unknown"));
                }
            }
        }
    }

    @Test
    void everyOpenOfferHasHoursInForce() {
        for (Municipality m : bundled.model().municipalities().values()) {
            for (Decision.Help h : decide("flytning", m.code(), "2024-03-04T10:00").help()) {
                if (Boolean.TRUE.equals(h.openNow())) {
                    assertThat(h.hours()).as(h.id()).isNotEqualTo("unknown").isNotBlank();
                }
            }
        }
    }
}
