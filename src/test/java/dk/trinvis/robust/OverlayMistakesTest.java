package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.model.TrinvisException;
import dk.trinvis.render.GuideFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Issue #27 finding 12, the part that is this issue's: an overlay mistake may be accepted or refused
 * (overlay lint is another issue's), but none crashes or hangs the load, a decision or a guide.
 */
class OverlayMistakesTest {
    private static final String[] MISTAKES = {
        // an anchor that does not exist, a step placed after itself, a cycle of anchors
        "steps:\n  - id: x\n    title: {da: X}\n    after: findes-ikke\n",
        "steps:\n  - id: x\n    title: {da: X}\n    after: x\n",
        "steps:\n  - id: x\n    title: {da: X}\n    after: y\n  - id: y\n    title: {da: Y}\n    after: x\n",
        // replacing and removing the same step, removing twice, removing what is not there
        "steps:\n  - id: x\n    title: {da: X}\n    replaces: mitid\nremove:\n  - {step: mitid, reason: {da: R}}\n",
        "remove:\n  - {step: mitid, reason: {da: R}}\n  - {step: mitid, reason: {da: R}}\n",
        "remove:\n  - {step: findes-ikke, reason: {da: R}}\n",
        // a step id the national guide already has, both before and after, an empty overlay
        "steps:\n  - id: log-ind\n    title: {da: X}\n    after: mitid\n",
        "steps:\n  - id: x\n    title: {da: X}\n    after: mitid\n    before: mitid\n",
        "steps: []\n",
    };

    @Test
    void noOverlayMistakeCrashesOrHangsALoadADecisionOrAGuide(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/resources/overlay/operations/rules.yaml"), dir.resolve("rules.yaml"));
        for (String mistake : MISTAKES) {
            Files.writeString(dir.resolve("overlay.yaml"), "kind: Guide\nservice: flytning\nmunicipality: \"0167\"\n" + mistake);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                RuleSet rules;
                try {
                    rules = RuleSet.load(dir);
                } catch (RuleSetException e) {
                    assertThat(e.problems()).as(mistake).isNotEmpty()
                            .allSatisfy(p -> assertThat(p.location().file()).isNotBlank());
                    return;
                }
                DecisionRequest request = DecisionRequest.of("flytning", "0167").at(LocalDateTime.parse("2024-03-01T10:00"));
                try {
                    rules.decide(request);
                    for (GuideFormat f : GuideFormat.values()) {
                        f.renderer().render(rules.guide(request));
                    }
                } catch (TrinvisException e) {
                    assertThat(e.getMessage()).as(mistake).isNotBlank();
                }
            }, mistake);
        }
    }
}
