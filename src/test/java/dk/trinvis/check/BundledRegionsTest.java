package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Municipality;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The bundled municipalities carry the regions of the 2007 reform (no YAML test can see a region). */
class BundledRegionsTest {
    private final Map<String, Municipality> municipalities = RuleSet.bundled().model().municipalities();

    @Test
    void greveKoegeRoskildeAndSolroedAreInRegionSjaelland() {
        assertThat(municipalities.get("0253").region()).isEqualTo("Sjælland");
        assertThat(municipalities.get("0259").region()).isEqualTo("Sjælland");
        assertThat(municipalities.get("0265").region()).isEqualTo("Sjælland");
        assertThat(municipalities.get("0269").region()).isEqualTo("Sjælland");
    }

    @Test
    void eachRegionHasItsNumberOfMunicipalities() {
        Map<String, Integer> perRegion = new TreeMap<>();
        municipalities.values().forEach(m -> perRegion.merge(m.region(), 1, Integer::sum));
        assertThat(perRegion).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Hovedstaden", 29, "Midtjylland", 19, "Nordjylland", 11, "Sjælland", 17, "Syddanmark", 22));
    }
}
