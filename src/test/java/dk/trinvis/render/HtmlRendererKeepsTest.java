package dk.trinvis.render;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.ResolvedGuide;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a renderer keeps between pages never shows on a page it does not belong to. */
class HtmlRendererKeepsTest {
    private static List<ResolvedGuide> guides() {
        RuleSet rules = RuleSet.bundled();
        List<ResolvedGuide> guides = new ArrayList<>();
        for (String municipality : List.of("0751", "0101", "0615")) {
            for (String at : List.of("2024-04-08T20:30", "2024-04-09T10:00", "2024-04-13T23:00")) {
                for (Language lang : List.of(Language.DA, Language.EN)) {
                    guides.add(rules.guide(DecisionRequest.of("flytning", municipality).at(LocalDateTime.parse(at))
                            .language(lang).fact("hasMitID", false).fact("needsHelp", true)));
                }
            }
        }
        return guides;
    }

    @Test
    void oneRendererSharedByManyGuidesWritesWhatAFreshOneWrites() {
        List<ResolvedGuide> guides = guides();
        HtmlRenderer shared = new HtmlRenderer();
        HtmlRenderer sharedDkfds = shared.dkfds();
        for (int round = 0; round < 2; round++) {
            for (ResolvedGuide g : guides) {
                assertThat(shared.render(g)).isEqualTo(new HtmlRenderer().render(g));
                assertThat(sharedDkfds.render(g)).isEqualTo(new HtmlRenderer().dkfds().render(g));
            }
        }
        assertThat(guides.stream().map(g -> shared.render(g)).distinct().count())
                .as("the guides differ (municipality, hours, language), so what one keeps could show on another")
                .isGreaterThan(guides.size() / 2);
    }
}
