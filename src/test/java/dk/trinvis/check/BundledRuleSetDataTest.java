package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.DecisionRequest;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Guide;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import java.time.LocalDateTime;
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
                    .filter(p -> p.basis() != null && p.basis().contains("622"))
                    .forEach(p -> assertThat(p.basis()).as(s.id()).contains("udledt"));
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
}
