package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

class InterviewCommandTest {
    private static final String RULES = Golden.resource("interview").toString();
    private static final String GROUPS = Golden.resource("interview-groups").toString();

    static String[] parking(String... more) {
        return interview(RULES, "parkering", more);
    }

    /** The interview of a service in Horsens on 1 March 2024, with more options. */
    static String[] interview(String rules, String service, String... more) {
        String[] base = {"interview", "--rules", rules, "--service", service, "--municipality", "0615",
            "--at", "2024-03-01T10:00"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void asksOneQuestionAtATimeThenPrintsTheGuide() {
        CliRun run = CliRun.answering("ja\nja\nejer\n", parking());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("(Spørgsmål 1) Afgør to regler? [ja/nej]")
                .contains("Har du bil? [ja/nej]")
                .contains("Lejer eller ejer? [lejer/ejer]")
                .contains("Oplys bilens registreringsnummer")
                .contains("Vedlæg skødet");
    }

    @Test
    void refusesAnInvalidAnswerAndAsksAgain() {
        CliRun run = CliRun.answering("måske\nja\nnej\nlejer\n", parking("--lang", "en"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Please answer [yes/no]; 'back' goes back.");
        assertThat(run.out()).containsSubsequence("Decides two rules?", "Decides two rules?", "Do you have a car?");
    }

    @Test
    void backGoesBackToThePreviousQuestion() {
        CliRun run = CliRun.answering("ja\ntilbage\nnej\nnej\nnej\nnej\nlejer\n", parking());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsSubsequence("Afgør to regler?", "Har du bil?", "Afgør to regler?", "B?");
    }

    @Test
    void refusesAValueTheRuleSetDoesNotAllowInTheCitizensWords() {
        CliRun run = CliRun.answering("ja\nja\nlejr\nlejer\n", parking());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Svar [lejer/ejer]; 'tilbage' går tilbage.").doesNotContain("fact '");
    }

    @Test
    void endOfInputBeforeDoneIsAUsageError() {
        CliRun run = CliRun.answering("", parking());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: svarene sluttede, før der var svaret på alle spørgsmål\n");
    }

    static String[] moving(String... more) {
        return interview(GROUPS, "flytning", more);
    }

    @Test
    void asksAGroupAsANumberedListWithNoneAsZero() {
        CliRun run = CliRun.answering("ja\n0\nnej\n", moving());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("(Spørgsmål 2) Gælder noget af dette for dig?\n"
                + "  1. Er du fritaget? (ved du det ikke, så skriv ?1)\n"
                + "  2. Er du syg?\n"
                + "  3. Vil du have hjælp?\n"
                + "  0. Nej, ingen af dem\n")
                .contains("(Spørgsmål 3) Vil du have svar på papir? [ja/nej]")
                .contains("Log ind");
    }

    @Test
    void theNumbersGivenAreYesTheOthersNoAndAQuestionMarkIsDontKnow() {
        CliRun run = CliRun.answering("ja\n?1, 3\nnej\n", moving());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).as("help is yes: the channel is assisted").contains("du kan få hjælp til den");
    }

    @Test
    void anAnswerThatIsNoListIsAskedAgainInWords() {
        CliRun run = CliRun.answering("yes\n4\n?2\n1,1\nfoo\n0\nno\n", moving("--lang", "en"));

        assertThat(run.code()).as(run.err()).isZero();
        String again = "Please answer [type the numbers that apply, e.g. 1,3, with ? before a number you don't know, "
                + "or 0 if none of them applies]; 'back' goes back.";
        assertThat(run.out().split(java.util.regex.Pattern.quote(again), -1)).hasSize(5);
        assertThat(run.out()).doesNotContain("Exception").doesNotContain("fact '");
    }

    @Test
    void offersDontKnowWhereTheFactAllowsIt() {
        CliRun run = CliRun.answering("ved ikke\nnej\n", moving("--fact", "login=true", "--fact", "ill=false",
                "--fact", "help=false", "--fact", "paper=false"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Er du fritaget? [ja/nej/ved ikke] ved ikke");
    }

    @Test
    void backDropsTheWholeGroupPage() {
        CliRun run = CliRun.answering("ja\n0\ntilbage\n2\nnej\n", moving());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsSubsequence("Gælder noget af dette", "papir", "Gælder noget af dette",
                "Bed om en anden vej");
    }

    @Test
    void jsonCarriesTheGroupAndItsMembers() {
        CliRun run = CliRun.answering("", moving("--fact", "login=true", "--format", "json"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"group\" : \"saerlige\"").contains("\"type\" : \"group\"")
                .containsSubsequence("\"facts\" : [", "\"fact\" : \"exempt\"", "\"dontKnow\" : true",
                        "\"fact\" : \"ill\"", "\"fact\" : \"help\"");
    }

    @Test
    void decideTakesDontKnow() {
        CliRun run = CliRun.of("decide", "--rules", GROUPS, "--service", "flytning", "--municipality", "0615",
                "--at", "2024-03-01T10:00", "--fact", "login=true", "--dont-know", "exempt", "--format", "json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Derfor er det ikke afgjort");
    }

    @Test
    void jsonPrintsTheStateForTheFactsGiven() {
        CliRun run = CliRun.answering("", parking("--fact", "twoRules=true", "--format", "json"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"done\" : false").contains("\"fact\" : \"hasCar\"")
                .contains("\"Step:bil\"");
    }

    @Test
    void staffAreAskedStaffFacts() {
        CliRun run = CliRun.answering("", "interview", "--rules", RULES, "--service", "flytning", "--municipality", "0615",
                "--at", "2024-03-01T10:00", "--fact", "twoRules=false", "--fact", "a=false", "--fact", "b=false",
                "--audience", "staff", "--format", "json");

        assertThat(run.out()).contains("\"fact\" : \"staffOnly\"");
    }

    @Test
    void journeyRendersEveryFormat() {
        for (String format : new String[] {"text", "markdown", "html", "print", "json"}) {
            CliRun run = CliRun.of("journey", "--rules", RULES, "--event", "flytter", "--municipality", "0615",
                    "--at", "2024-02-27", "--decide-at", "2024-03-01T10:00", "--format", format);
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("Anmeld flytning");
        }
        CliRun text = CliRun.of("journey", "--rules", RULES, "--event", "flytter", "--municipality", "0615",
                "--at", "2024-02-27", "--decide-at", "2024-03-01T10:00");
        assertThat(text.out()).contains("Frist 3. marts 2024: Senest 5 dage efter flytningen");
    }

    @Test
    void unknownLifeEventIsAUsageErrorWithASuggestion() {
        CliRun run = CliRun.of("journey", "--rules", RULES, "--event", "flyter", "--municipality", "0615",
                "--at", "2024-02-27");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: unknown life event 'flyter' (did you mean 'flytter'?)\n");
    }
}
