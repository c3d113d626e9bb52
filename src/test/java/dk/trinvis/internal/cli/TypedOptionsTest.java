package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * Issue #28: every option that is not free text is typed by a picocli converter, whose refusal is one
 * line in the command line's language; issue #27: a moment is read one way by every command.
 */
class TypedOptionsTest {
    private static final String RULES = Golden.resource("yamltests").toString();
    private static final String INTERVIEW = Golden.resource("interview").toString();

    private static CliRun decide(String... more) {
        String[] base = {"decide", "--service", "flytning", "--municipality", "0751", "--rules=" + RULES};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void aMomentThatIsNoTimeIsRefusedInDanishWithLangDaWhereverLangStands() {
        CliRun before = CliRun.of("decide", "--lang", "da", "--service", "flytning", "--municipality", "0751",
                "--rules=" + RULES, "--at", "i morgen");
        CliRun after = decide("--at", "i morgen", "--lang", "da");
        for (CliRun run : new CliRun[] {before, after}) {
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("trinvis: --at tager et tidspunkt i dansk tid som 2014-04-08T20:30, "
                    + "ikke 'i morgen'\n");
        }
    }

    @Test
    void yearZeroAndTheLastYearJavaKnowsAreOutsideTheYearsOfEveryCommand() {
        assertThat(decide("--at", "0000-01-01T10:00").err())
                .isEqualTo("trinvis: --at 0000-01-01T10:00 is outside the years 1900-2200\n");
        CliRun journey = CliRun.of("journey", "--rules", INTERVIEW, "--event", "flytter", "--municipality", "0615",
                "--at", "2024-02-27", "--decide-at", "+999999999-12-31T23:59:59+18:00");
        assertThat(journey.code()).isEqualTo(2);
        assertThat(journey.err()).isEqualTo("trinvis: --decide-at +999999999-12-31T23:59:59+18:00 is outside the years "
                + "1900-2200\n");
        CliRun day = CliRun.of("journey", "--rules", INTERVIEW, "--event", "flytter", "--municipality", "0615",
                "--at", "+10000-01-01");
        assertThat(day.err()).isEqualTo("trinvis: --at +10000-01-01 is outside the years 1900-2200\n");
    }

    @Test
    void anImpossibleDateIsNamedAsSuch() {
        assertThat(decide("--at", "2024-02-30T10:00").err()).startsWith("trinvis: --at takes a Copenhagen local time");
    }

    @Test
    void aJourneyFactGivenTwiceIsAUsageErrorNotTheLastOneSilently() {
        CliRun run = CliRun.of("journey", "--rules", INTERVIEW, "--event", "flytter", "--municipality", "0615",
                "--at", "2024-02-27", "--fact", "hasCar=true", "--fact", "hasCar=false");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: --fact hasCar is given twice; give each fact once\n");
    }

    @Test
    void aFactWithoutAValueIsRefusedByItsConverter() {
        assertThat(decide("--fact", "hasMitID", "--lang", "da").err())
                .isEqualTo("trinvis: --fact skal skrives NAVN=VÆRDI, men var hasMitID (f.eks. --fact hasMitID=true)\n");
    }

    @Test
    void theInterviewsFormatAndAudienceAreTyped() {
        CliRun format = CliRun.of(InterviewCommandTest.parking("--format", "xml", "--lang", "da"));
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).isEqualTo("trinvis: --format skal være text eller json, ikke 'xml'\n");
        CliRun audience = CliRun.of(InterviewCommandTest.parking("--audience", "authority"));
        assertThat(audience.code()).isEqualTo(2);
        assertThat(audience.err()).isEqualTo("trinvis: --audience must be citizen or staff, not 'authority'\n");
        assertThat(CliRun.of(InterviewCommandTest.parking("--format", "JSON", "--audience", "Staff")).code()).isZero();
    }

    @Test
    void aRequestLanguageThatIsNoCodeAndARenderFormatAreRefusedInOneLine() {
        assertThat(decide("--lang", "dansk").err())
                .isEqualTo("trinvis: --lang must be an ISO 639 language code such as da, en or uk, not 'dansk'\n");
        CliRun guide = CliRun.of("guide", "--service", "flytning", "--municipality", "0751", "--rules=" + RULES,
                "--format", "pdf", "--lang", "da");
        assertThat(guide.err()).isEqualTo("trinvis: --format skal være text, markdown, html, print eller json, ikke 'pdf'\n");
    }
}
