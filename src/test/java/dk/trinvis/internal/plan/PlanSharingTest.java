package dk.trinvis.internal.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.yaml.LayerStack;
import dk.trinvis.model.Authority;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.Outcome;
import dk.trinvis.model.Service;
import dk.trinvis.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Services share the sentences and authority plans that read the same for them, and what each
 * service reads through the shared objects is what it would read from its own.
 */
class PlanSharingTest {
    @TempDir
    static Path dir;
    static Plans small;
    static Plans bundled;

    @BeforeAll
    static void load() throws Exception {
        Files.copy(Golden.resource("decide").resolve("rules.yaml"), dir.resolve("rules.yaml"));
        // Folded for flytning it names three facts, for every other service two: their unknown sentences differ.
        Files.writeString(dir.resolve("zz-folded.yaml"), """
                kind: ExemptionGround
                id: foldet
                title: {da: Foldet grund}
                when: service.id == "flytning" and citizen.hasCar or citizen.age >= 67 and citizen.needsHelp
                effect: may-accept
                legal: "L"
                """);
        small = new Plans(LayerStack.folder(dir));
        bundled = new Plans(LayerStack.bundled());
    }

    @Test
    void twoServicesWithTheSameGroundsAndExemptionAuthorityShareOnePreparedSentencesObjectPerGround() {
        // Both in area borgerservice: the same grounds, nobody named to decide exemptions.
        ServicePlan moving = plan(small, "flytning");
        ServicePlan trial = plan(small, "midlertidig");

        for (int i = 0; i < moving.groundSentences().size(); i++) {
            if (moving.grounds().get(i).ground().id().equals("foldet")) {
                // Its condition folds differently for flytning: its unknown sentences are its own.
                assertThat(trial.groundSentences().get(i)).isNotSameAs(moving.groundSentences().get(i));
            } else {
                assertThat(trial.groundSentences().get(i)).isSameAs(moving.groundSentences().get(i));
            }
        }
    }

    @Test
    void aServiceWithItsOwnExemptionAuthorityHasSentencesOfItsOwnNamingIt() {
        ServicePlan moving = plan(small, "flytning");
        ServicePlan benefit = plan(small, "boerneydelse");
        TraceWords danish = small.languages().words(0);

        assertThat(benefit.groundSentences().get(0)).isNotSameAs(moving.groundSentences().get(0));
        assertThat(Objects.requireNonNull(benefit.groundSentences().get(0).entry(danish, Outcome.MATCHED)).text())
                .contains("Kommunen afgør undtagelsen");
        assertThat(Objects.requireNonNull(moving.groundSentences().get(0).entry(danish, Outcome.MATCHED)).text())
                .doesNotContain("Kommunen afgør undtagelsen");
    }

    @Test
    void everyBundledServiceReadsFromTheSharedSentencesWhatItsOwnWouldSay() {
        int[] planned = {0};
        Set<GroundSentences> distinct = readAsOwn(bundled, planned);
        assertThat(distinct).hasSizeLessThan(planned[0] / 2);
    }

    @Test
    void servicesWhoseFoldedConditionsNameDifferentFactsReadTheirOwnUnknownSentences() {
        readAsOwn(small, new int[1]);
    }

    private static Set<GroundSentences> readAsOwn(Plans plans, int[] planned) {
        Plans bundled = plans;
        Set<GroundSentences> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        for (String id : bundled.serviceIds()) {
            ServicePlan plan = plan(bundled, id);
            Service s = plan.service();
            for (int i = 0; i < plan.grounds().size(); i++) {
                GroundPlan g = plan.grounds().get(i);
                GroundSentences own = new GroundSentences(g, Plans.citedFor(g.ground().legal(), s),
                        plan.exemptionAuthority(), bundled.languages());
                GroundSentences shared = plan.groundSentences().get(i);
                distinct.add(shared);
                planned[0]++;
                for (int l = 0; l < bundled.languages().size(); l++) {
                    TraceWords words = bundled.languages().words(l);
                    assertThat(shared.matched(words)).isEqualTo(own.matched(words));
                    for (Outcome outcome : Outcome.values()) {
                        assertThat(shared.entry(words, outcome)).as("%s %s %s", id, g.ground().id(), outcome)
                                .isEqualTo(own.entry(words, outcome));
                        assertThat(shared.considered(words, outcome)).isEqualTo(own.considered(words, outcome));
                        assertThat(shared.sentence(words, outcome, java.util.List.of("a", "b")))
                                .isEqualTo(own.sentence(words, outcome, java.util.List.of("a", "b")));
                    }
                    int facts = Math.min(g.asked().facts().length, 6);
                    for (long bits = 0; bits < 1L << facts; bits++) {
                        assertThat(shared.unknownEntry(words, bits)).as("%s %s unknown %s", id, g.ground().id(), bits)
                                .isEqualTo(own.unknownEntry(words, bits));
                    }
                }
            }
        }
        return distinct;
    }

    @Test
    void everyBundledServiceHasInEachMunicipalityTheCandidatesItsOwnPlanWouldHave() {
        for (String id : bundled.serviceIds()) {
            ServicePlan plan = plan(bundled, id);
            Authority authority = plan.authority();
            if (authority == null) {
                continue;
            }
            for (String code : bundled.model().municipalities().keySet()) {
                MunicipalityPlan place = Objects.requireNonNull(bundled.municipality(code));
                AuthorityPlan shared = Objects.requireNonNull(plan.authorityIn(place));
                java.util.List<HelpOffer> own = AuthorityPlan.candidates(authority, plan.service(), place.offers());
                assertThat(shared.candidates()).as("%s in %s", id, code).isEqualTo(own);
                TraceWords danish = bundled.languages().words(0);
                assertThat(shared.allUp(danish).processedBy()).isEqualTo(own.stream().map(HelpOffer::id).toList());
            }
        }
    }

    @Test
    void servicesAnOfferHelpsAlikeShareTheirAuthorityPlans() {
        ServicePlan moving = plan(small, "flytning");
        ServicePlan trial = plan(small, "midlertidig");
        MunicipalityPlan aarhus = Objects.requireNonNull(small.municipality("0751"));

        assertThat(trial.authorityIn(aarhus)).isSameAs(moving.authorityIn(aarhus));
        assertThat(Objects.requireNonNull(moving.authorityIn(aarhus)).candidates()).extracting(HelpOffer::id)
                .containsExactly("borgerservice-aarhus");
    }

    private static ServicePlan plan(Plans plans, String service) {
        return Objects.requireNonNull(plans.service(service), service);
    }
}
