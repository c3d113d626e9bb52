package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Problem;
import dk.trinvis.RuleSet;
import dk.trinvis.testing.Golden;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinterTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    private static List<Problem> lint(String fixture) {
        return new Linter(NOW).lint(RuleSet.load(Golden.resource(fixture)));
    }

    @Test
    void everyLintRuleReportsAtItsLocation() {
        String report = lint("lint").stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n";
        Golden.assertMatches(report, "lint/expected.txt");
    }

    @Test
    void eachCodeFiresOnTheFixture() {
        assertThat(lint("lint")).extracting(Problem::code).contains(LintCodes.STEP_NEVER_SHOWN,
                LintCodes.MUNICIPALITY_WITHOUT_HELP, LintCodes.HOURS_NEVER_OPEN, LintCodes.PERIOD_GAP,
                LintCodes.MISSING_TRANSLATION, LintCodes.LINK_NOT_HTTPS, LintCodes.VAGUE_LINK_TEXT,
                LintCodes.REVIEW_OVERDUE);
    }

    @Test
    void aDocumentCanIgnoreACode() {
        assertThat(lint("lint")).noneMatch(p -> p.code().equals(LintCodes.SERVICE_WITHOUT_GUIDE)
                && p.message().contains("sundhedskort"));
    }

    @Test
    void satisfiableConditionsAreNotFlagged() {
        assertThat(lint("lint")).filteredOn(p -> p.code().equals(LintCodes.STEP_NEVER_SHOWN))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("'umulig'"));
    }

    @Test
    void warningsOnlyExitZeroAndStrictExitsOne() {
        String folder = Golden.resource("lint").toString();
        assertThat(dk.trinvis.internal.cli.Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "check", folder)).isZero();
        assertThat(dk.trinvis.internal.cli.Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), "check", "--strict", folder)).isEqualTo(1);
    }

    @Test
    void anAssumedShareIsDueForReviewLikeAnyContent() {
        Clock later = Clock.fixed(Instant.parse("2030-06-01T10:00:00Z"), ZoneOffset.UTC);

        assertThat(new Linter(later).lint(RuleSet.load(Golden.resource("interview-groups"))))
                .filteredOn(p -> p.code().equals(LintCodes.REVIEW_OVERDUE)).extracting(Problem::message)
                .contains("expected 'login' was due for review on 2030-01-01")
                .noneMatch(m -> m.contains("'exempt'"));
    }
}
