package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.check.TestResult;
import dk.trinvis.check.TestRun;
import dk.trinvis.check.TestRunner;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Layer;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.testing.Golden;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A municipality keeps only its own folder: a layer on a base loads with it as one rule set. */
class LayersTest {
    private static final LocalDateTime AT = LocalDateTime.parse("2024-01-02T10:00");

    private static List<String> steps(RuleSet rules, String municipality) {
        ResolvedGuide g = rules.guide(DecisionRequest.of("flytning", municipality).at(AT).fact("hasMitID", true));
        return g.shownStepIds();
    }

    @Test
    void aLayerOnAFolderLoadsWithItsBaseAndOnlyItsMunicipalitySeesItsSteps() {
        RuleSet rules = RuleSet.load(Golden.resource("layers/hvidovre"));
        assertThat(steps(rules, "0167")).containsExactly("mitid", "log-ind", "floorwalker", "kvittering");
        assertThat(steps(rules, "0101")).containsExactly("mitid", "log-ind", "kvittering");
        assertThat(rules.model().helpOffers()).containsKeys("hotline", "floorwalkers-hvidovre");
    }

    @Test
    void aLayerOnTheBundledSetLoadsAndItsTestsPass() {
        RuleSet rules = RuleSet.load(Golden.resource("layers/on-bundled"));
        assertThat(rules.model().services()).containsKey("flytning").hasSizeGreaterThan(20);
        assertThat(rules.model().tests()).as("only the layer's own tests")
                .extracting(t -> t.name()).containsExactly("Hvidovres floorwalker står efter log-ind",
                        "Aftentelefonen er åben tirsdag aften");
        assertThat(new TestRunner(rules).run().results()).allMatch(TestResult::passed);
        assertThat(steps(rules, "0751")).doesNotContain("hvidovre-floorwalker");
    }

    @Test
    void theReceiptNamesTheBaseAndTheLayerAndTheHashCoversBoth() {
        RuleSet bundled = RuleSet.bundled();
        RuleSet rules = RuleSet.load(Golden.resource("layers/on-bundled"));
        Decision d = rules.decide(DecisionRequest.of("flytning", "0167").at(AT));
        assertThat(d.receipt().layers()).extracting(Layer::name).containsExactly("bundled", "on-bundled");
        assertThat(d.receipt().layers().get(0).contentHash()).isEqualTo(bundled.contentHash());
        assertThat(d.receipt().layers().get(1).municipality()).isEqualTo("0167");
        assertThat(d.receipt().layers().get(1).base()).isEqualTo("bundled");
        assertThat(rules.contentHash()).isNotIn(bundled.contentHash(), d.receipt().layers().get(1).contentHash());
        assertThat(d.toJson()).contains("\"layers\"");
        assertThat(bundled.decide(DecisionRequest.of("flytning", "0167").at(AT)).toJson()).doesNotContain("\"layers\"");
    }

    @Test
    void aBaseFilePrintsAsThePathFromTheLayerAndABundledOneAsBundled() {
        RuleSet onFolder = RuleSet.load(Golden.resource("layers/hvidovre"));
        assertThat(onFolder.model().services().get("flytning").location().file()).isEqualTo("../national/rules.yaml");
        assertThat(onFolder.model().services().get("flytning").location().under("layers/hvidovre").file())
                .isEqualTo("layers/national/rules.yaml");
        RuleSet onBundled = RuleSet.load(Golden.resource("layers/on-bundled"));
        assertThat(onBundled.model().services().get("flytning").location().file()).startsWith("bundled:services/");
        assertThat(onBundled.model().helpOffers().get("aftentelefon-hvidovre").location().file()).isEqualTo("layer.yaml");
    }

    @Test
    void theBaseOfALayerIsTheRuleSetUnderIt() {
        RuleSet rules = RuleSet.load(Golden.resource("layers/hvidovre"));
        RuleSet base = rules.base().orElseThrow();
        assertThat(base.model().helpOffers()).doesNotContainKey("floorwalkers-hvidovre");
        assertThat(base.layers()).extracting(Layer::name).containsExactly("national");
        assertThat(RuleSet.load(Golden.resource("layers/national")).base()).isEmpty();
    }

    @Test
    void layersForSeveralMunicipalitiesStackOnOneBase() {
        Path layers = Golden.resource("layers");
        RuleSet rules = RuleSet.stacked(layers.resolve("national"),
                List.of(layers.resolve("hvidovre"), layers.resolve("koebenhavn")));
        assertThat(steps(rules, "0167")).containsExactly("mitid", "log-ind", "floorwalker", "kvittering");
        assertThat(steps(rules, "0101")).containsExactly("mitid", "log-ind", "bibliotek", "kvittering");
        assertThat(rules.layers()).extracting(Layer::name).containsExactly("national", "hvidovre", "koebenhavn");
        assertThat(rules.model().guides().get(2).location().file()).isEqualTo("../koebenhavn/layer.yaml");
        assertThat(rules.folders()).hasSize(3);
    }

    @Test
    void aLayerOnAnotherBaseReadsThatBaseInstead() {
        Path layers = Golden.resource("layers");
        RuleSet onNational = RuleSet.layerOn(layers.resolve("koebenhavn"), layers.resolve("national"));
        assertThat(steps(onNational, "0101")).contains("bibliotek");
        assertThat(onNational.layers()).extracting(Layer::name).containsExactly("national", "koebenhavn");
    }

    @Test
    void aLayerTestThatPassesWithoutTheLayerIsWarnedOfAndOneThatNeedsTheLayerIsNot() {
        TestRunner runner = new TestRunner(RuleSet.load(Golden.resource("layers/hvidovre")));
        TestRun run = runner.run();
        assertThat(run.failed()).isZero();
        assertThat(run.passed()).isEqualTo(4);
        assertThat(runner.passingWithoutLayer(run)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TRV122");
            assertThat(p.location().file()).isEqualTo("tests.yaml");
            assertThat(p.message()).isEqualTo("test 'København har ingen floorwalker' passes without the layer too: "
                    + "it does not test what the layer adds");
        });
        assertThat(new TestRunner(RuleSet.load(Golden.resource("layers/national"))).passingWithoutLayer(run)).isEmpty();
    }
}
