package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSetHolder;
import dk.trinvis.RuleSetHolder.ReloadPolicy;
import dk.trinvis.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #27 finding 4: a rule set that lost what the running one has is a save in progress, refused. */
class TornSaveTest {
    private static final ReloadPolicy FAST = new ReloadPolicy(Duration.ofMillis(5), 3, fresh -> List.of());
    private static final String RULES = """
            kind: Facts
            facts:
              hasMitID: {type: boolean}
            ---
            kind: Area
            id: borgerservice
            title: {da: Borgerservice}
            ---
            kind: Service
            id: flytning
            title: {da: Anmeld flytning}
            area: borgerservice
            legal: "CPR-loven § 12"
            mandatoryDigital:
              - from: 2012-12-01
                basis: "Lov nr. 558 af 18. juni 2012"
            ---
            kind: Municipality
            code: "0751"
            name: Aarhus
            """;
    private static final String GUIDE = """
            kind: Guide
            service: flytning
            steps:
              - id: log-ind
                title: {da: Log ind}
                body:
                  da: |
                    Log ind med MitID.
                    Vælg derefter Anmeld flytning og udfyld din nye adresse.
              - id: mitid
                title: {da: Skaf dig MitID}
                when: not citizen.hasMitID
            """;

    @TempDir
    Path dir;

    private RuleSetHolder holder() throws Exception {
        write("rules.yaml", RULES);
        write("guide.yaml", GUIDE);
        return RuleSetHolder.load(dir, FAST);
    }

    private void write(String file, String content) throws Exception {
        Files.writeString(dir.resolve(file), content);
        Files.setLastModifiedTime(dir.resolve(file), FileTime.from(Instant.now().minusSeconds(5)));
    }

    private static String refusal(RuleSetHolder.ReloadResult r) {
        assertThat(r.loaded()).isFalse();
        assertThat(r.problems()).extracting(Problem::code).containsExactly(RuleSetHolder.REFUSED);
        return r.problems().get(0).message();
    }

    @Test
    void aStepsConditionCutOffIsRefusedForTheStepWouldShowToEveryone() throws Exception {
        RuleSetHolder holder = holder();
        write("guide.yaml", GUIDE.substring(0, GUIDE.indexOf("    when:")));
        assertThat(refusal(holder.reload())).contains("condition of step flytning/mitid", "the end of file guide.yaml");
    }

    @Test
    void aTextCutShortIsRefused() throws Exception {
        RuleSetHolder holder = holder();
        // A new version of the file, written half: not the start of the old bytes, but a text is the start of the old one.
        write("guide.yaml", GUIDE.replace("Log ind}", "Log ind nu}").substring(0, GUIDE.indexOf("Vælg derefter") + 20));
        assertThat(refusal(holder.reload())).contains("body of step flytning/log-ind (da) was cut short",
                "step flytning/mitid");
    }

    @Test
    void aLostTranslationIsRefusedButANewOneIsTaken() throws Exception {
        RuleSetHolder holder = holder();
        write("guide.yaml", GUIDE.replace("{da: Skaf dig MitID}", "{da: Skaf dig MitID, en: Get MitID}"));
        assertThat(holder.reload().loaded()).isTrue();
        write("guide.yaml", GUIDE);
        assertThat(refusal(holder.reload())).contains("step flytning/mitid (en) lost its translation");
    }

    @Test
    void aRemovalIsTakenWhenAcceptedAndNamed() throws Exception {
        write("rules.yaml", RULES);
        write("guide.yaml", GUIDE);
        RuleSetHolder holder = RuleSetHolder.load(dir, FAST.withRemovalsAccepted());
        write("guide.yaml", GUIDE.substring(0, GUIDE.indexOf("  - id: mitid")));
        RuleSetHolder.ReloadResult r = holder.reload();
        assertThat(r.loaded()).isTrue();
        assertThat(r.removed()).contains("step flytning/mitid");
    }

    @Test
    void reloadIfChangedReadsOnlyWhenAFileChanged() throws Exception {
        RuleSetHolder holder = holder();
        assertThat(holder.reloadIfChanged()).isEmpty();
        write("guide.yaml", GUIDE + "\n# a comment\n");
        assertThat(holder.reloadIfChanged()).hasValueSatisfying(r -> assertThat(r.loaded()).isTrue());
        assertThat(holder.reloadIfChanged()).isEmpty();
    }
}
