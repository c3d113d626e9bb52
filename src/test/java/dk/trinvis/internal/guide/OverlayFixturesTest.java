package dk.trinvis.internal.guide;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.LocalText;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.testing.Golden;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each folder under overlay/ holds a national guide, overlays, and the guide every municipality gets. */
class OverlayFixturesTest {

    static Stream<String> fixtures() throws IOException {
        return Golden.fixtures("overlay");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyMunicipalityGetsTheNationalGuideWithItsOverlayPlaced(String fixture) {
        RuleSet rules = RuleSet.load(Golden.resource("overlay/" + fixture));
        StringBuilder out = new StringBuilder();
        for (String code : rules.model().municipalities().keySet()) {
            ResolvedGuide g = rules.guide(DecisionRequest.of("flytning", code)
                    .at(LocalDateTime.parse("2024-01-02T10:00")));
            out.append(code).append(' ').append(g.municipalityName()).append('\n');
            steps(g.steps(), "  ", out);
            out.append("  ready: ").append(g.ready().stream().map(LocalText::text).toList()).append('\n');
            out.append("  legal: ").append(g.legal()).append('\n');
        }
        Golden.assertMatches(out.toString(), "overlay/" + fixture + "/expected.txt");
    }

    private static void steps(List<ResolvedGuide.GuideStep> steps, String indent, StringBuilder out) {
        for (ResolvedGuide.GuideStep s : steps) {
            out.append(indent).append("- ").append(s.id()).append(": ").append(s.title().text()).append('\n');
            steps(s.steps(), indent + "  ", out);
            steps(s.oneOf(), indent + "  | ", out);
        }
    }
}
