package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

class DiffCommandTest {
    private static final String OLD = Golden.resource("diff/old").toString();
    private static final String NEW = Golden.resource("diff/new").toString();

    @Test
    void changesForCitizensAreListedInWordsAndExitOne() {
        CliRun run = CliRun.of("diff", OLD, NEW);
        assertThat(run.code()).isEqualTo(1);
        Golden.assertMatches(run.out(), "diff/expected.txt");
    }

    @Test
    void municipalityAndWindowNarrowTheDiff() {
        CliRun run = CliRun.of("diff", OLD, NEW, "--municipality", "0751", "--from", "2013-01-01", "--to", "2013-02-01");
        assertThat(run.out()).contains("requirement flytning 0751 from 2013-01-01T00:00: mandatory-digital -> optional")
                .doesNotContain(" 0167 ").doesNotContain("2012-12-01T00:00");
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        CliRun run = CliRun.of("diff", OLD, OLD);
        assertThat(run.out()).isEqualTo("0 changes for citizens\n");
        assertThat(run.code()).isZero();
    }

    @Test
    void jsonListsTheChanges() {
        assertThat(CliRun.of("diff", "--format", "json", OLD, NEW).out())
                .contains("\"kind\" : \"ground\"", "\"id\" : \"digital-post-fritaget\"",
                        "\"says\" : \"in force from: 2023-06-01 -> 2023-07-01\"");
    }

    @Test
    void guideChangesAreSeenPerMunicipalityAfterOverlays() {
        assertThat(CliRun.of("diff", OLD, NEW).out()).contains(
                "guide flytning: step 'mitid' shown when not citizen.hasMitID -> when citizen.hasMitID",
                "guide flytning: step 'log-ind' renamed: \"Log ind på borger.dk\" -> \"Log ind på borger.dk med MitID\"",
                "guide flytning 0167: step 'tak' added: Tak for din flytning",
                "review flytning 0167: the overlay refers to national step 'log-ind', which changed");
    }

    @Test
    void factsHelpOffersAndOutagesAreSaidInWords() {
        assertThat(CliRun.of("diff", OLD, NEW).out()).contains(
                "fact hasCar: new fact (boolean): Har du bil?",
                "help hotline 0573: Den Digitale Hotline: Varde (0573) joins (the offer exists from 2012-06-01)",
                "help hotline: Den Digitale Hotline hours from 2014-03-10: \"Mo-Th 09:00-21:00; Fr 09:00-17:00; "
                        + "Su 17:00-21:00; PH off\" -> \"Mo-Fr 08:00-20:00; PH off\"",
                "outage aarhus-2024: new outage: flytning down in Aarhus (0751) from 2024-02-01T18:00 until 2024-02-02T08:00")
                .doesNotContain("[null");
    }

    @Test
    void aVersionThatDoesNotLoadIsExitTwoWithItsProblems() {
        CliRun run = CliRun.of("diff", OLD, Golden.resource("loader/bad-hours").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("does not load", "expected a time like 09:00");
    }

    @Test
    void langDaSaysTheChangesInDanish() {
        CliRun run = CliRun.of("diff", "--lang", "da", OLD, NEW);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(
                "oplysning hasCar: ny oplysning (boolean): Har du bil?",
                "vejledning flytning: trin 'mitid' vises når not citizen.hasMitID -> når citizen.hasMitID",
                "vejledning flytning 0167: trin 'tak' tilføjet: Tak for din flytning",
                "hjælp hotline 0573: Den Digitale Hotline: Varde (0573) kommer med (tilbuddet findes fra 2012-06-01)",
                "nedbrud aarhus-2024: nyt nedbrud: flytning nede i Aarhus (0751) fra 2024-02-01T18:00 til 2024-02-02T08:00",
                "gennemse flytning 0167: den kommunale tilføjelse henviser til det nationale trin 'log-ind', som er ændret")
                .doesNotContain(" added", " joins", "new ", " for citizens");
        Golden.assertMatches(run.out(), "diff/expected.da.txt");
    }

    @Test
    void langEnIsTheEnglishOfBeforeAndJsonStaysEnglish() {
        assertThat(CliRun.of("diff", "--lang", "en", OLD, NEW).out()).isEqualTo(CliRun.of("diff", OLD, NEW).out());
        assertThat(CliRun.of("diff", "--lang", "da", "--format", "json", OLD, NEW).out())
                .isEqualTo(CliRun.of("diff", "--format", "json", OLD, NEW).out())
                .contains("\"says\" : \"in force from: 2023-06-01 -> 2023-07-01\"");
    }

    @Test
    void langDaSaysNoChangesAndLoadFailuresInDanish() {
        assertThat(CliRun.of("diff", "--lang", "da", OLD, OLD).out()).isEqualTo("0 ændringer for borgerne\n");
        CliRun bad = CliRun.of("diff", "--lang", "da", OLD, Golden.resource("loader/bad-hours").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("kan ikke indlæses:").doesNotContain("does not load");
    }

    @Test
    void matrixShowsWhenRequirementsChange() {
        CliRun run = CliRun.of("check", "--matrix", Golden.resource("decide").toString());
        assertThat(run.out()).contains("dagtilbud 0167: 2012-06-01 steered-digital; 2012-12-01 mandatory-digital",
                "flytning 0573: 2012-12-01 mandatory-digital; 2023-11-17 unavailable; 2023-11-28T10:00 mandatory-digital");
    }

    @Test
    void aLayerAloneIsComparedWithItsBaseForItsMunicipalityWithPlaceholdersFilled() {
        CliRun run = CliRun.of("diff", "--lang", "en", "--rules", Golden.resource("layers/hvidovre").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                guide flytning 0167: step 'floorwalker' added: Få hjælp af en floorwalker i Borgerservice Hvidovre
                guide flytning 0167: step 'papir' removed: Bed Hvidovres borgerservice om en blanket
                help floorwalkers-hvidovre: Floorwalkers i Borgerservice Hvidovre is new: in-person for Hvidovre (0167)
                3 changes for citizens
                """);
    }

    @Test
    void aChangeEveryMunicipalitySeesReadsThePlaceholdersAsWords() {
        CliRun run = CliRun.of("diff", "--lang", "en", Golden.resource("layers/national").toString(),
                Golden.resource("layers/national-2027").toString());
        assertThat(run.out()).contains("guide flytning: step 'papir' removed: Bed kommunens borgerservice om en blanket")
                .doesNotContain("{{");
    }
}
