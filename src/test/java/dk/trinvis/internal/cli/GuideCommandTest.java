package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GuideCommandTest {
    private static final String RULES = Golden.resource("render/rules").toString();

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html", "print", "json"})
    void everyFormatRendersTheGuide(String format) {
        CliRun run = CliRun.of("guide", "--rules", RULES, "--service", "flytning", "--municipality", "0751",
                "--at", "2024-04-08T20:30", "--fact", "hasMitID=false", "--format", format);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Skaf dig MitID");
    }

    @Test
    void unknownFormatIsAUsageError() {
        CliRun run = CliRun.of("guide", "--rules", RULES, "--service", "flytning", "--municipality", "0751",
                "--format", "pdf");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format must be text, markdown, html, print or json");
    }

    @Test
    void serviceWithoutGuideIsAUsageError() {
        CliRun run = CliRun.of("guide", "--rules", RULES, "--service", "dagtilbud", "--municipality", "0751");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: no guide for service 'dagtilbud'\n");
    }
}
