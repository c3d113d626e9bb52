package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.RuleSet;
import dk.trinvis.internal.lint.LegalLint;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Legal;
import dk.trinvis.model.LegalReference;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegalReferencesTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private static final Set<String> LEGAL_CODES = Set.of(LintCodes.LEGAL_AS_TEXT, LintCodes.ELI_OTHER_ACT,
            LintCodes.ELI_NOT_RETSINFORMATION, LintCodes.LEGAL_OTHER_AREA);
    private static final RuleSet STRUCTURED = RuleSet.load(Golden.resource("legal/structured"));

    private static List<Problem> legalLint(RuleSet rules, boolean strict) {
        return new Linter(NOW, strict).lint(rules).stream().filter(p -> LEGAL_CODES.contains(p.code())).toList();
    }

    @Test
    void anObjectAListAndAPlainStringAllLoad() {
        Legal flytning = STRUCTURED.model().services().get("flytning").legal();
        assertThat(flytning.plain()).isFalse();
        assertThat(flytning.references()).singleElement().satisfies(r -> {
            assertThat(r.act()).isEqualTo("CPR-loven");
            assertThat(r.section()).isEqualTo("§ 12, stk. 3");
            assertThat(r.citation()).isEqualTo("CPR-loven § 12, stk. 3");
        });
        Legal boligstoette = STRUCTURED.model().services().get("boligstoette").legal();
        assertThat(boligstoette.plain()).isTrue();
        assertThat(boligstoette.references()).extracting(LegalReference::act, LegalReference::section)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lov om individuel boligstøtte", null));
        Legal sprog = STRUCTURED.model().grounds().get(0).legal();
        assertThat(sprog.references()).extracting(LegalReference::inferred).containsExactly(true, true);
        assertThat(sprog.references().get(1).eli()).isEqualTo("https://www.retsinformation.dk/eli/lta/2014/552");
    }

    @Test
    void theTraceAndTheGroundsCarryTheReferencesAsObjectsInJson() throws Exception {
        Decision d = STRUCTURED.decide(DecisionRequest.of("boligstoette", "0751")
                .at(LocalDateTime.parse("2015-03-02T10:00")).fact("languageBarrier", true));
        JsonNode json = new ObjectMapper().readTree(d.toJson());
        JsonNode period = null;
        for (JsonNode t : json.get("trace")) {
            if (t.get("rule").asText().equals("Service:boligstoette")) {
                period = t.get("legal");
            }
        }
        assertThat(period).isNotNull();
        assertThat(period.get("act").asText()).isEqualTo("Lov nr. 552 af 2. juni 2014");
        assertThat(period.get("section").asText()).isEqualTo("§ 1");
        assertThat(period.get("eli").asText()).isEqualTo("https://www.retsinformation.dk/eli/lta/2014/552");
        assertThat(period.get("inferred").asBoolean()).isFalse();
        // The ground names every wave act; a housing-benefit decision cites the one its service names.
        JsonNode ground = json.get("grounds").get(0).get("legal");
        assertThat(ground.isObject()).isTrue();
        assertThat(ground.get("act").asText()).isEqualTo("Lov nr. 552 af 2. juni 2014");
        assertThat(ground.get("inferred").asBoolean()).isTrue();
    }

    @Test
    void theTextFormIsActThenSection() {
        Decision d = STRUCTURED.decide(DecisionRequest.of("flytning", "0751")
                .at(LocalDateTime.parse("2024-03-02T10:00")).fact("digitalPostExempt", true));
        assertThat(d.grounds()).singleElement().satisfies(g ->
                assertThat(g.legal().citation()).isEqualTo("Lov nr. 603 af 31. maj 2023 § 2"));
    }

    @Test
    void aPlainStringIsReportedOnlyUnderStrict() {
        assertThat(legalLint(STRUCTURED, false)).isEmpty();
        assertThat(legalLint(STRUCTURED, true)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(LintCodes.LEGAL_AS_TEXT);
            assertThat(p.location().line()).isEqualTo(29);
        });
    }

    @Test
    void eliAndWrongAreaLintsFireWhereTheWrongReferencesAre() {
        List<Problem> problems = legalLint(RuleSet.load(Golden.resource("legal/wrong")), false);
        assertThat(problems).extracting(p -> p.code() + "@" + p.location().line()).containsExactlyInAnyOrder(
                LintCodes.LEGAL_OTHER_AREA + "@34",
                LintCodes.LEGAL_OTHER_AREA + "@51",
                LintCodes.ELI_OTHER_ACT + "@76",
                LintCodes.ELI_NOT_RETSINFORMATION + "@83");
        assertThat(problems).filteredOn(p -> p.code().equals(LintCodes.LEGAL_OTHER_AREA))
                .allSatisfy(p -> assertThat(p.message()).contains("CPR-loven"));
        assertThat(problems).filteredOn(p -> p.code().equals(LintCodes.ELI_OTHER_ACT))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("nr. 603, 2023", "nr. 604, 2023"));
    }

    @Test
    void theBundledSetCitesCleanlyEvenUnderStrict() {
        assertThat(legalLint(RuleSet.bundled(), true)).isEmpty();
    }

    @Test
    void noBundledGroundCitesAnotherAreasLawWithoutSayingItIsInferred() {
        RuleSet bundled = RuleSet.bundled();
        for (var ground : bundled.model().grounds()) {
            if (!ground.areas().isEmpty() || ground.when().source().contains("service.id")) {
                continue;
            }
            // A ground for every service may only cite what fits every service: acts no service
            // has as its own law, or references marked inferred.
            for (LegalReference r : ground.legal().references()) {
                boolean someonesOwnLaw = bundled.model().services().values().stream()
                        .filter(s -> s.legal() != null)
                        .flatMap(s -> s.legal().references().stream())
                        .filter(own -> !own.inferred())
                        .anyMatch(own -> LegalLint.keys(own).stream().anyMatch(LegalLint.keys(r)::contains));
                assertThat(!someonesOwnLaw || r.inferred()).as("%s cites %s", ground.id(), r.citation()).isTrue();
            }
        }
    }

    @Test
    void aReferenceWithoutActOrAnEmptyListIsALocatedError(@TempDir Path dir) throws Exception {
        String rules = Files.readString(Golden.resource("legal/structured/rules.yaml"), StandardCharsets.UTF_8)
                .replace("legal: {act: \"CPR-loven\", section: \"§ 12, stk. 3\"}", "legal: {section: \"§ 12, stk. 3\"}")
                .replace("legal: \"Lov om individuel boligstøtte\"", "legal: []");
        Files.writeString(dir.resolve("rules.yaml"), rules, StandardCharsets.UTF_8);
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));
        assertThat(e.problems()).extracting(p -> p.location().line() + ":" + p.code())
                .contains("20:TRV006", "29:TRV005");
    }
}
