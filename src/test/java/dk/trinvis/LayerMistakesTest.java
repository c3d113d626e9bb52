package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Problem;
import dk.trinvis.model.Requirement;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.testing.Golden;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A layer adds to its base and never redefines it: each mistake is a located error that says where the base has it. */
class LayerMistakesTest {

    private static List<Problem> problems(String fixture) {
        try {
            RuleSet.load(Golden.resource("layers/" + fixture));
        } catch (RuleSetException e) {
            return e.problems();
        }
        throw new AssertionError(fixture + " loaded");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mistakes", "cycle-a", "missing-base", "two-layers"})
    void everyMistakeIsALocatedErrorInEnglishAndDanish(String fixture) {
        List<Problem> problems = problems(fixture);
        Golden.assertMatches(problems.stream().map(p -> p.format("layers/" + fixture)).collect(Collectors.joining("\n"))
                + "\n", "layers/" + fixture + "/expected.txt");
        Golden.assertMatches(problems.stream().map(p -> p.format("layers/" + fixture, Language.DA))
                .collect(Collectors.joining("\n")) + "\n", "layers/" + fixture + "/expected.da.txt");
    }

    @Test
    void aRedefinedIdNamesTheBaseDocument() {
        assertThat(problems("mistakes")).filteredOn(p -> p.message().startsWith("service 'flytning'"))
                .singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo("TRV022");
                    assertThat(p.location().file()).isEqualTo("layer.yaml");
                    assertThat(p.message()).contains("../national/rules.yaml:9:1");
                });
    }

    @Test
    void aLayerMayAddSteeringPoliciesToAMunicipalityItsBaseKnows() {
        RuleSet rules = RuleSet.load(Golden.resource("layers/steering"));
        assertThat(rules.model().municipalities().get("0167").steerDigital()).hasSize(1);
        assertThat(rules.decide(DecisionRequest.of("flytning", "0167").at(LocalDateTime.parse("2012-08-01T10:00")))
                .requirement()).isEqualTo(Requirement.STEERED_DIGITAL);
        assertThat(rules.decide(DecisionRequest.of("flytning", "0101").at(LocalDateTime.parse("2012-08-01T10:00")))
                .requirement()).isEqualTo(Requirement.OPTIONAL);
    }

    @Test
    void aFolderThatIsNoLayerCannotBePutOnAnotherBase() {
        assertThatThrownBy(() -> RuleSet.layerOn(Golden.resource("layers/national"), null))
                .isInstanceOf(RuleSetException.class).hasMessageContaining("has no 'kind: Layer'");
    }
}
