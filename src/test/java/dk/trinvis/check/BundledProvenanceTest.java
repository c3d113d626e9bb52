package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Authority;
import dk.trinvis.model.DocumentInfo;
import dk.trinvis.model.HelpOffer;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Service;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #26: every fact of the bundled set has a source or is a stated, dated assumption, and no
 * help offer runs on forever on the strength of an old article.
 */
class BundledProvenanceTest {
    private static final RuleSet BUNDLED = RuleSet.bundled();
    private static final RuleSetModel MODEL = BUNDLED.model();
    /** How old the newest source of an offer without an end may be at its review date. */
    private static final int YEARS_A_SOURCE_CARRIES = 5;

    private static DocumentInfo info(String kind, String id) {
        return MODEL.documents().stream().filter(d -> d.kind().equals(kind) && id.equals(d.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + kind + " " + id));
    }

    /** A municipality's own desk (borgerservice) exists as long as the municipality: it needs no dates. */
    private static boolean municipalDesk(HelpOffer offer) {
        return offer.actsFor().contains("kommunen");
    }

    @Test
    void noOfferRunsOnWithoutAnEndWhenItsNewestSourceIsOlderThanFiveYearsAtItsReview() {
        int dated = 0;
        for (HelpOffer offer : MODEL.helpOffers().values()) {
            if (municipalDesk(offer)) {
                continue;
            }
            DocumentInfo d = info("HelpOffer", offer.id());
            assertThat(d.sourceDate()).as(offer.id() + " says how new its newest source is").isNotNull();
            if (offer.validity().to() == null) {
                assertThat(d.reviewBy()).as(offer.id() + " runs on, so it is reviewed").isNotNull();
                assertThat(d.sourceDate().plusYears(YEARS_A_SOURCE_CARRIES)).as(offer.id()
                        + " runs on without an end, on a source of " + d.sourceDate()).isAfterOrEqualTo(d.reviewBy());
            } else {
                dated++;
            }
        }
        assertThat(dated).as("offers with an end").isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyOfferButTheMunicipalDesksStartsOnADay() {
        for (HelpOffer offer : MODEL.helpOffers().values()) {
            if (!municipalDesk(offer)) {
                assertThat(offer.validity().from()).as(offer.id()).isNotNull();
            }
        }
    }

    @Test
    void theOffersTheAuditFoundRunningForeverEndWithTheirSources() {
        for (String id : List.of("syddjurs-borgerbus", "syddjurs-bibliotek", "syddjurs-medbetjening",
                "greve-bibliotek-kurser", "greve-aeldre-sagen-borgerservice", "hvidovre-floorwalkers")) {
            HelpOffer offer = MODEL.helpOffers().get(id);
            DocumentInfo d = info("HelpOffer", id);
            assertThat(offer.validity().to()).as(id).isNotNull().isBefore(d.sourceDate().plusYears(1));
            assertThat(d.assumption()).as(id).contains("end");
        }
    }

    @Test
    void everyAssumptionHasAReviewDate() {
        List<DocumentInfo> assumed = MODEL.documents().stream().filter(d -> d.assumption() != null).toList();
        assertThat(assumed).hasSizeGreaterThan(30);
        assertThat(assumed).allSatisfy(d -> assertThat(d.reviewBy()).as(d.kind() + " " + d.id()).isNotNull());
    }

    @Test
    void everyAssumptionIsListedInDocsRuleSetMd() throws IOException {
        String doc = Files.readString(Path.of("docs/rule-set.md"));
        String assumptions = doc.substring(doc.indexOf("## Assumptions"));
        for (DocumentInfo d : MODEL.documents()) {
            if (d.assumption() != null) {
                assertThat(assumptions).as(d.kind() + " " + d.id() + " is listed").contains("`" + d.id() + "`");
            }
        }
    }

    @Test
    void everyWebAddressComesFromItsSource() {
        for (HelpOffer offer : MODEL.helpOffers().values()) {
            if (offer.contact().url() != null) {
                assertThat(info("HelpOffer", offer.id()).source()).as(offer.id())
                        .contains(URI.create(offer.contact().url()).getHost());
            }
        }
        for (Authority a : MODEL.authorities().values()) {
            if (a.contact().url() != null) {
                assertThat(info("Authority", a.id()).source()).as(a.id()).contains(URI.create(a.contact().url()).getHost());
            }
        }
    }

    @Test
    void aSelfServiceStartLinkIsGivenOnlyWhereASourceGivesTheAddress() {
        for (Service s : MODEL.services().values()) {
            if (s.selfService() != null) {
                assertThat(info("Service", s.id()).source()).as(s.id()).contains(s.selfService().url());
            }
        }
    }

    @Test
    void noLegalReferenceNamesASectionTheSourcesDoNotGive() {
        assertThat(MODEL.services().get("personligt-tillaeg").legal().citation()).doesNotContain("§");
    }
}
