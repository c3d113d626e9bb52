package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.Problem;
import dk.trinvis.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A national update told at the layer's own lines: anchors gone, replaced steps changed, tests that now fail. */
class BaseUpdateTest {
    private static final Path LAYER = Golden.resource("layers/update");
    private static final Path NEW_BASE = Golden.resource("layers/national-2027");

    @Test
    void anUpdateThatRemovesAnAnchoredStepChangesAReplacedOneAndBreaksATestIsToldAtTheLayersLines() {
        List<Problem> said = BaseUpdate.compare(RuleSet.load(LAYER), RuleSet.layerOn(LAYER, NEW_BASE), Language.EN);
        Golden.assertMatches(said.stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n",
                "layers/update/expected.txt");
        Golden.assertMatches(said.stream().map(p -> p.format("", Language.DA)).collect(Collectors.joining("\n")) + "\n",
                "layers/update/expected.da.txt");
    }

    @Test
    void theSameBaseChangesNothing() {
        assertThat(BaseUpdate.compare(RuleSet.load(LAYER), RuleSet.layerOn(LAYER, Golden.resource("layers/national")),
                Language.EN)).isEmpty();
    }
}
