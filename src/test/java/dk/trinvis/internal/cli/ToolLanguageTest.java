package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Folders;
import dk.trinvis.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's own messages in Danish with {@code --lang da}, and in English as before without it. */
class ToolLanguageTest {
    private static final String RULES = Golden.resource("yamltests").toString();

    @Test
    void aTimeTheClocksSkipIsWarnedAboutInDanish() {
        CliRun run = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--rules=" + RULES,
                "--at", "2025-03-30T02:30", "--lang", "da");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo("trinvis: advarsel: 2025-03-30T02:30 findes ikke i dansk tid (uret springer "
                + "fra 02:00 til 03:00); afgør for 2025-03-30T03:30+02:00\n");
    }

    @Test
    void aDoubledHourIsWarnedAboutInDanishInAGuideToo() {
        CliRun run = CliRun.of("guide", "--service", "flytning", "--municipality", "0751", "--rules=" + RULES,
                "--at", "2025-10-26T02:30", "--lang", "da");
        assertThat(run.err()).contains("forekommer to gange i dansk tid", "angiv 2025-10-26T02:30+01:00 for den anden")
                .doesNotContain("happens twice");
    }

    @Test
    void withoutLangTheMessagesFollowTheSystemLanguageWhileTheAnswerStaysDanish() {
        CliRun run = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--rules=" + RULES,
                "--fact", "hasMitID");
        assertThat(run.err()).isEqualTo("trinvis: --fact should be in KEY=VALUE format but was hasMitID "
                + "(e.g. --fact hasMitID=true)\n");
        assertThat(CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--rules=" + RULES).out())
                .startsWith("Ydelse:");
    }

    @Test
    void usageErrorsOfDecideAndJourneyAreDanishWithLangDa() {
        assertThat(CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--rules=" + RULES,
                "--lang", "da", "--fact", "hasMitID=true", "--fact", "hasMitID=false").err())
                .isEqualTo("trinvis: --fact hasMitID er angivet to gange; angiv hver oplysning én gang\n");
        CliRun journey = CliRun.of("journey", "--event", "ny-foraelder", "--municipality", "0751", "--at", "i går",
                "--lang", "da");
        assertThat(journey.code()).isEqualTo(2);
        assertThat(journey.err()).isEqualTo("trinvis: --at tager dagen for begivenheden som 2024-03-01, ikke 'i går'\n");
    }

    @Test
    void aMissingRuleSetFolderIsSaidInDanish() {
        CliRun run = CliRun.of("test", "--lang", "da", "--rules", "findes/ikke");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: der er ingen mappe med et regelsæt i findes/ikke\n");
    }

    @Test
    void newSaysWhatItWroteAndWhatComesNextInDanish(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("mine-regler");
        Folders.copyTree(Path.of("guides"), rules);
        CliRun run = CliRun.of("new", "--lang", "da", "--rules", rules.toString(), "--municipality", "0167",
                "--service", "flytning");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("skrev " + rules.resolve("kommuner"))
                .endsWith("næste skridt: trinvis check --rules " + rules + "; trinvis test --rules " + rules
                        + " --only 0167; trinvis preview --rules " + rules + "\n");
        CliRun again = CliRun.of("new", "--lang", "da", "--rules", rules.toString(), "--municipality", "0167",
                "--service", "flytning");
        assertThat(again.err()).isEqualTo("trinvis: Hvidovre har allerede en kommunal tilføjelse til 'flytning'\n");
    }

    @Test
    void anUnknownToolLanguageIsAUsageError() {
        CliRun run = CliRun.of("diff", "--lang", "dansk", RULES, RULES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: --lang is da or en, not 'dansk'\n");
    }
}
