package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

class InterviewCommandTest {
    private static final String RULES = Golden.resource("interview").toString();

    static String[] parking(String... more) {
        String[] base = {"interview", "--rules", RULES, "--service", "parkering", "--municipality", "0615",
            "--at", "2024-03-01T10:00"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void asksOneQuestionAtATimeThenPrintsTheGuide() {
        CliRun run = CliRun.answering("ja\nja\nejer\n", parking());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("(1 af højst 6) Afgør to regler? [ja/nej]")
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
    void refusesAValueTheRuleSetDoesNotAllow() {
        CliRun run = CliRun.answering("ja\nja\nlejr\nlejer\n", parking());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Svar [lejer/ejer] (fact 'tenure' cannot be 'lejr'");
    }

    @Test
    void endOfInputBeforeDoneIsAUsageError() {
        CliRun run = CliRun.answering("", parking());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: input ended before 'twoRules' was answered\n");
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
