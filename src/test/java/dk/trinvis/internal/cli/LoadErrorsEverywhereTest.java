package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command that loads a rule set says why it does not load as check does: located, with the folder, in --lang. */
class LoadErrorsEverywhereTest {
    private static final String BROKEN = Golden.resource("loader/four-mistakes").toString();

    private static String[] args(String command) {
        List<String> args = new ArrayList<>(List.of(command, "--rules", BROKEN, "--lang", "da"));
        switch (command) {
            case "decide", "guide", "interview" -> args.addAll(List.of("--service", "flytning", "--municipality", "0751"));
            case "journey" -> args.addAll(List.of("--event", "ny-foraelder", "--municipality", "0751", "--at",
                    "2024-01-02"));
            case "serve", "preview" -> args.addAll(List.of("--port", "0"));
            default -> {
            }
        }
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"test", "decide", "guide", "interview", "journey", "serve", "preview"})
    void aRuleSetThatDoesNotLoadIsToldInTheLanguageWithTheFolder(String command) {
        CliRun run = CliRun.answering("", args(command));
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).contains(BROKEN + "/grounds.yaml:8:11: fejl TRV013: ukendt navn 'citizen.hasMitId'",
                        BROKEN + "/services.yaml:13:5: fejl TRV004: ")
                .endsWith("trinvis: regelsættet kan ikke indlæses: 4 fejl\n");
    }
}
